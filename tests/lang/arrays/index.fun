// Array indexing from the front and, with negative indexes, from the back.
a = [10, 20, 30]
print(a[0])       // expect: 10
print(a[2])       // expect: 30
print(a[-1])      // expect: 30
print(a[-3])      // expect: 10
print([7, 8][1])  // expect: 8
i = 1
print(a[i + 1])   // expect: 30
