// Call arguments are evaluated left to right.
log = []
fun t(x)
  global log
  log = log + [x]
  return x
fun three(a, b, c)
  return a + b + c
print(three(t(1), t(2), t(3)))   // expect: 6
print(log)                       // expect: [1, 2, 3]
