// A bare exit ends the program with status 0 before the next line.
fun f()
  exit
  print("no")
print("a")
f()
print("b")
// expect: a
