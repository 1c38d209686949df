a = []
for i in range(0, 100000)
  a += [i]
print(len(a))     // expect: 100000
print(a[99999])   // expect: 99999
