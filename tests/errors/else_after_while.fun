while false
  x = 1
else   // expect error: 'else' without a matching 'if'
  print("no")
