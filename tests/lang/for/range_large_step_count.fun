// A million-iteration range loop counts exactly.
n = 0
for i in range(0, 1000000)
  n += 1
print(n)   // expect: 1000000
