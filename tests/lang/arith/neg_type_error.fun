// Unary minus on a non-number is a catchable type error.
try
  x = -"a"
catch e
  print(e[0:23])   // expect: Runtime type error: NEG
