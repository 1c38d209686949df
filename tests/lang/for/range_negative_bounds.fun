// Range with negative bounds and a step.
s = []
for i in range(-3, 3, 2)
  s += [i]
print(s)   // expect: [-3, -1, 1]
t = []
for i in range(3, -3, -3)
  t += [i]
print(t)   // expect: [3, 0]
