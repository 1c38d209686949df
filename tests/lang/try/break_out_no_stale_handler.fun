// Q16 fix: leaving a try by break pops its handler
for i in range(0, 3)
  try
    break
  catch e
    print("stale handler: " + e)
print("after loop")
x = 1 / 0
// expect: after loop
// expect runtime error: Runtime error: division by zero
