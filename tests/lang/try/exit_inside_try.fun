// note: exit stops the program immediately; it is not an error that catch sees
try
  print("before")
  exit 4
catch e
  print("caught exit?")
print("not reached")
// expect: before
// expect exit: 4
