// A while loop runs while its condition holds.
i = 0
while i < 3
  print(i)
  i = i + 1
print(i)
// expect: 0
// expect: 1
// expect: 2
// expect: 3
while false
  print("never")
