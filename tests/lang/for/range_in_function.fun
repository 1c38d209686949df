// For over range() inside a function.
fun total(n)
  s = 0
  for i in range(1, n + 1)
    s += i
  return s
print(total(100))   // expect: 5050
