print("a")
if true
  return
print("not reached")
// expect: a
