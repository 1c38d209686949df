// An error raised inside a catch block is not caught by that try.
try
  x = 1 / 0
catch e
  print("handling")
  y = [][1]
// expect: handling
// expect runtime error: Runtime error: index out of range
