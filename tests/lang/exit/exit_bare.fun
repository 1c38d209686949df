// D1/Q2: bare exit at end of line takes no operand
if true
  exit
print("not reached")
// expect exit: 0
