// 1000 keys keep their insertion order.
m = {}
for i in range(0, 1000)
  m["k" + to_string(999 - i)] = i
first = nil
last = nil
n = 0
for k in m
  if n == 0
    first = k
  last = k
  n += 1
print(n)       // expect: 1000
print(first)   // expect: k999
print(last)    // expect: k0
m["k500"] = "changed"
for (k, v) in m
  if v == "changed"
    print(k)   // expect: k500
print(m["k0"])   // expect: 999
