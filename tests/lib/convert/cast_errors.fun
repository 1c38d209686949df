// cast: the type must be a String naming a known type
try
  cast(1, 5)
catch e
  print(e)  // expect: Runtime type error: cast: argument 2 must be a String, got Int
try
  cast(1, "integer")
catch e
  print(e)  // expect: Runtime error: cast: unknown type 'integer' (expected number, float, string, boolean, array, map, function or nil)
try
  cast(1)
catch e
  print(e)  // expect: Runtime type error: cast expects 2 arguments, got 1
try
  to_number()
catch e
  print(e)  // expect: Runtime type error: to_number expects 1 argument, got 0
try
  to_number(1, 2)
catch e
  print(e)  // expect: Runtime type error: to_number expects 1 argument, got 2
