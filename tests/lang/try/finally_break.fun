// Break out of a try runs its finally.
for i in range(0, 5)
  try
    if i == 2
      break
    print(i)
  finally
    print("f" + to_string(i))
print("done")
// expect: 0
// expect: f0
// expect: 1
// expect: f1
// expect: f2
// expect: done
