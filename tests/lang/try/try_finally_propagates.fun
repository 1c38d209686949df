// try/finally without catch: finally runs, the error continues to the outer handler
try
  try
    x = 1 / 0
  finally
    print("inner finally")
  print("not reached")
catch e
  print("outer: " + e)
// expect: inner finally
// expect: outer: Runtime error: division by zero
