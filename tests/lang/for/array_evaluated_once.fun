// The iterated expression of a for loop is evaluated once.
calls = 0
fun items()
  global calls
  calls += 1
  return [1, 2, 3]
s = 0
for x in items()
  s += x
print(s)       // expect: 6
print(calls)   // expect: 1
