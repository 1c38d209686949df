// D1: a dangling else is a parse error
x = 1
print(x)
else   // expect error: 'else' without a matching 'if'
  print("no")
