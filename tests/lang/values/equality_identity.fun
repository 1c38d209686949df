// D7: functions and instances compare by identity
class P(x)
  y = 1
p = P(1)
q = P(1)
print(p == p)     // expect: true
print(p == q)     // expect: false
print(p != q)     // expect: true
fun f()
  return 1
fun g()
  return 1
print(f == f)     // expect: true
print(f == g)     // expect: false
h = f
print(h == f)     // expect: true
print(len == len) // expect: true
