// A function's local with a global's name does not touch the global.
fun f()
  v = 1
  v = v + 1
  return v
v = 100
print(f())   // expect: 2
print(v)     // expect: 100
