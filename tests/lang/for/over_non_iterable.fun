// For over an Int is a catchable type error.
try
  for x in 5
    print(x)
catch e
  print(e[0:19])   // expect: Runtime type error:
