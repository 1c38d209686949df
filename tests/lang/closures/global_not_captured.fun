// top-level variables are globals; closures see their current value
x = 1
f = fn()
  return x
x = 2
print(f())   // expect: 2
