// Range's end expression is evaluated once, not per iteration.
n = 3
calls = 0
fun limit()
  global calls
  calls += 1
  return n
for i in range(0, limit())
  n = 10
print(calls)   // expect: 1
