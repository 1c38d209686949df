// Return inside a top-level loop ends the program.
for i in range(0, 10)
  if i == 2
    return
  print(i)
// expect: 0
// expect: 1
