// Exit inside a function ends the whole program.
fun stop(code)
  print("stopping")
  exit code
  print("not reached")
fun outer()
  stop(5)
  print("not reached")
outer()
print("not reached")
// expect: stopping
// expect exit: 5
