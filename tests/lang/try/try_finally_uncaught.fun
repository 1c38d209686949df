// Try/finally without catch: finally runs, then the error stays uncaught.
try
  x = 1 / 0
finally
  print("cleanup")
print("not reached")
// expect: cleanup
// expect runtime error: Runtime error: division by zero
