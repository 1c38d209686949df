// input takes at most one argument
try
  input("a", "b")
catch e
  print(e)  // expect: Runtime type error: input expects 0 to 1 arguments, got 2
try
  input_hidden(1, 2)
catch e
  print(e)  // expect: Runtime type error: input_hidden expects 0 to 1 arguments, got 2
