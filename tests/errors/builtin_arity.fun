// compat: builtin arity errors are catchable type errors
try
  len()
catch e
  print(e)   // expect: Runtime type error: len expects 1 argument, got 0
try
  to_string(1, 2)
catch e
  print(e)   // expect: Runtime type error: to_string expects 1 argument, got 2
