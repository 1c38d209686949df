// A function reads a global assigned after the function was defined.
fun show()
  return later_var
later_var = "seen"
print(show())   // expect: seen
