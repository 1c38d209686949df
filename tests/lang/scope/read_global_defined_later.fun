fun show()
  return later_var
later_var = "seen"
print(show())   // expect: seen
