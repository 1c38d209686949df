f = fn()
  return "called"
print(f())   // expect: called
