// An else if chain picks the first true branch, else the last.
fun grade(x)
  if x > 2
    return "big"
  else if x > 1
    return "mid"
  else if x > 0
    return "small"
  else
    return "none"
print(grade(3))   // expect: big
print(grade(2))   // expect: mid
print(grade(1))   // expect: small
print(grade(0))   // expect: none
