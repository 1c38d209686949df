// Nested for loops: break leaves only the inner loop.
for i in range(1, 3)
  for j in range(1, 3)
    if j == 2 && i == 2
      break
    print(i * j)
// expect: 1
// expect: 2
// expect: 2
