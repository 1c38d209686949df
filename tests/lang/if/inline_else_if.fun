// Q6 fix: an inline else-if does not end the chain
x = 2
if x == 1
  print("1")
else if x == 2 print("inline")
else
  print("else")
x = 3
if x == 1
  print("1")
else if x == 2 print("inline")
else
  print("else")
// expect: inline
// expect: else
