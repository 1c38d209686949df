// Break in a nested while leaves only the inner loop.
i = 0
while i < 3
  j = 0
  while true
    if j == 2
      break
    j += 1
  print(i * 10 + j)
  i += 1
// expect: 2
// expect: 12
// expect: 22
