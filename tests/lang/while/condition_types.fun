// any value is a condition (truthiness)
a = [1, 2, 3]
n = 0
while a
  a = a[1:]
  n += 1
print(n)   // expect: 3
s = "abc"
while s
  s = s[1:]
print(len(s))  // expect: 0
