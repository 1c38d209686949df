// argv() without arguments is an empty array
a = argv()
print(typeof(a), len(a))    // expect: Array 0
try
  argv(1)
catch e
  print(e)  // expect: Runtime type error: argv expects 0 arguments, got 1
