fun f()
  exit
  print("no")
print("a")
f()
print("b")
// expect: a
