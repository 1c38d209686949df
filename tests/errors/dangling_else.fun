// D1: a dangling else is a parse error
x = 1
print(x)
else   // expect error:
  print("no")
