// Continue out of a try in a while loop runs its finally.
i = 0
runs = 0
while i < 4
  i += 1
  try
    if i % 2 == 1
      continue
    print(i)
  finally
    runs += 1
print(runs)
// expect: 2
// expect: 4
// expect: 4
