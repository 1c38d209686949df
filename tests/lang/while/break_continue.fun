// Break and continue in a while true loop.
i = 0
while true
  i += 1
  if i % 2 == 0
    continue
  if i > 7
    break
  print(i)
// expect: 1
// expect: 3
// expect: 5
// expect: 7
