// A typed declaration inside a loop wraps each new value.
s = 0
for i in range(250, 260)
  uint8 b = i
  s += b
print(s)   // expect: 1521
