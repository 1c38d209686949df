// D7/D20: deep acyclic structures compare structurally and print fully (no depth cap)
a = nil
b = nil
for i in range(0, 5000)
  a = [i, a]
  b = [i, b]
print(a == b)   // expect: true
b[1][1][0] = -1
print(a == b)   // expect: false
m = {}
k = {}
for i in range(0, 2000)
  m = {"next": m}
  k = {"next": k}
print(m == k)   // expect: true
s = []
for i in range(0, 1000)
  s = [s]
print(len(to_string(s)))   // expect: 2002
