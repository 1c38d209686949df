// D1/Q2: bare return at end of line takes no operand
fun f(x)
  if x
    return
  print("after")
  return "end"
print(f(true))    // expect: nil
print(f(false))
// expect: after
// expect: end
