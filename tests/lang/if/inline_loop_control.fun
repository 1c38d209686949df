// Inline if with continue and break.
for i in range(0, 6)
  if i == 1 continue
  if i == 4 break
  print(i)
// expect: 0
// expect: 2
// expect: 3
