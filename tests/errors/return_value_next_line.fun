// Q2 fix: the line after a bare return is not its operand, so this runs fine
fun f()
  return
print("after")   // expect: after
