// Continue out of a try runs its finally.
for x in [1, 2, 3]
  try
    if x == 2
      continue
    print(x)
  finally
    print("f")
// expect: 1
// expect: f
// expect: f
// expect: 3
// expect: f
