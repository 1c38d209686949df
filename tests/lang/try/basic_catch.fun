try
  x = 1 / 0
  print("not reached")
catch e
  print("caught: " + e)
print("after")
// expect: caught: Runtime error: division by zero
// expect: after
