// A fn literal without parameters.
f = fn()
  return "called"
print(f())   // expect: called
