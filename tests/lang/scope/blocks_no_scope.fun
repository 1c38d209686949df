// If and loop blocks do not open a scope: their variables are visible after
// them.
if true
  inner = 5
print(inner)   // expect: 5
fun f()
  if true
    y = 1
  return y
print(f())     // expect: 1
