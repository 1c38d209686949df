// The VM checks builtin arity from the table
try
  substr("abc", 1)
catch e
  print(e)  // expect: Runtime type error: substr expects 3 arguments, got 2
try
  find("abc")
catch e
  print(e)  // expect: Runtime type error: find expects 2 to 3 arguments, got 1
try
  find("a", "b", 1, 2)
catch e
  print(e)  // expect: Runtime type error: find expects 2 to 3 arguments, got 4
try
  split("a")
catch e
  print(e)  // expect: Runtime type error: split expects 2 arguments, got 1
try
  join([])
catch e
  print(e)  // expect: Runtime type error: join expects 2 arguments, got 1
try
  regex_match("a")
catch e
  print(e)  // expect: Runtime type error: regex_match expects 2 arguments, got 1
try
  regex_replace("a", "b")
catch e
  print(e)  // expect: Runtime type error: regex_replace expects 3 arguments, got 2
try
  upper()
catch e
  print(e)  // expect: Runtime type error: upper expects 1 argument, got 0
try
  repeat("a")
catch e
  print(e)  // expect: Runtime type error: repeat expects 2 arguments, got 1
try
  ord()
catch e
  print(e)  // expect: Runtime type error: ord expects 1 to 2 arguments, got 0
try
  chr(1, 2)
catch e
  print(e)  // expect: Runtime type error: chr expects 1 argument, got 2
