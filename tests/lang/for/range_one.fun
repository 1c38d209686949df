// Range(n) counts from 0 to n - 1; range(0) is empty.
for i in range(3)
  print(i)
for i in range(0)
  print("never")
// expect: 0
// expect: 1
// expect: 2
