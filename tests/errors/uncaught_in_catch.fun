try
  x = 1 / 0
catch e
  print("handling")
  y = [][1]
// expect: handling
// expect runtime error: Runtime error: index out of range
