// After a caught error a loop continues with its next iteration.
results = []
for x in [1, 0, 2, 0, 4]
  try
    results += [8 / x]
  catch e
    results += ["err"]
print(results)   // expect: [8, err, 4, err, 2]
