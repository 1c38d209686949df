for i in range(3)
  print(i)
for i in range(0)
  print("never")
// expect: 0
// expect: 1
// expect: 2
