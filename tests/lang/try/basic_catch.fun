// A runtime error in a try body jumps to catch with its message; the rest of
// the body is skipped.
try
  x = 1 / 0
  print("not reached")
catch e
  print("caught: " + e)
print("after")
// expect: caught: Runtime error: division by zero
// expect: after
