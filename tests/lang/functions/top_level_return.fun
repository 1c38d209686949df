// Return at top level ends the program normally.
print("a")
if true
  return
print("not reached")
// expect: a
