// D8: 1 < 2 < 3 compares a Boolean with an Int: a type error
try
  x = 1 < 2 < 3
catch e
  print(e)   // expect: Runtime type error: LT expects two numbers or two strings, got boolean and int
