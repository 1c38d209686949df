// val_equal remembers every container pair it compares (no cap): two cycles
// of 6000 distinct arrays each compare in linear time instead of looping
fun ring(n, tag)
  first = [tag]
  cur = first
  for i in range(n - 1)
    nxt = [tag]
    push(cur, nxt)
    cur = nxt
  push(cur, first)
  return first
a = ring(6000, 1)
b = ring(6000, 1)
print(a == b)            // expect: true
print(a == ring(6000, 2))   // expect: false
print(a == ring(3000, 1))   // expect: true
// maps too
m = {"v": 1}
m.me = m
n = {"v": 1}
n.me = n
print(m == n, contains([n], m))   // expect: true true
// timeout: 20
