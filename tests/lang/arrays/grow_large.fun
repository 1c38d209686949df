// An Array grown by += to 20000 elements keeps them all.
a = []
for i in range(0, 20000)
  a += [i]
print(len(a))     // expect: 20000
print(a[19999])   // expect: 19999
