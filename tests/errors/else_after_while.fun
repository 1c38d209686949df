// An else after a while (not an if) is a compile error.
while false
  x = 1
else   // expect error: 'else' without a matching 'if'
  print("no")
