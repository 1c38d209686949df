// note: the target's index expression is evaluated once (Python-like)
n = 0
fun idx()
  global n
  n += 1
  return 0
a = [5]
a[idx()] += 1
print(a)   // expect: [6]
print(n)   // expect: 1
