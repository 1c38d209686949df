// An error raised in a catch runs that try's finally, then reaches the outer
// try.
try
  try
    throw "a"
  catch e
    x = 1 / 0
  finally
    print("inner finally")
catch e
  print("outer: " + e)
// expect: inner finally
// expect: outer: Runtime error: division by zero
