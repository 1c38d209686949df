// Catch without a variable.
try
  x = 1 % 0
catch
  print("caught")
// expect: caught
