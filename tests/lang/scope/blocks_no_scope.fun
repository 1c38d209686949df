if true
  inner = 5
print(inner)   // expect: 5
fun f()
  if true
    y = 1
  return y
print(f())     // expect: 1
