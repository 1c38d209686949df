// the VM checks builtin arity from the table
try
  push([])
catch e
  print(e)    // expect: Runtime type error: push expects at least 2 arguments, got 1
try
  pop()
catch e
  print(e)    // expect: Runtime type error: pop expects 1 argument, got 0
try
  pop([1], 2)
catch e
  print(e)    // expect: Runtime type error: pop expects 1 argument, got 2
try
  set([1], 0)
catch e
  print(e)    // expect: Runtime type error: set expects 3 arguments, got 2
try
  insert([1], 0)
catch e
  print(e)    // expect: Runtime type error: insert expects 3 arguments, got 2
try
  remove([1])
catch e
  print(e)    // expect: Runtime type error: remove expects 2 arguments, got 1
try
  clear()
catch e
  print(e)    // expect: Runtime type error: clear expects 1 argument, got 0
try
  contains([1])
catch e
  print(e)    // expect: Runtime type error: contains expects 2 arguments, got 1
try
  indexOf([1], 1, 2)
catch e
  print(e)    // expect: Runtime type error: indexOf expects 2 arguments, got 3
try
  enumerate()
catch e
  print(e)    // expect: Runtime type error: enumerate expects 1 argument, got 0
try
  zip([1])
catch e
  print(e)    // expect: Runtime type error: zip expects 2 arguments, got 1
try
  map([1])
catch e
  print(e)    // expect: Runtime type error: map expects 2 arguments, got 1
try
  filter([1])
catch e
  print(e)    // expect: Runtime type error: filter expects 2 arguments, got 1
try
  reduce([1], 0)
catch e
  print(e)    // expect: Runtime type error: reduce expects 3 arguments, got 2
try
  sort()
catch e
  print(e)    // expect: Runtime type error: sort expects 1 to 2 arguments, got 0
try
  sort([1], nil, 3)
catch e
  print(e)    // expect: Runtime type error: sort expects 1 to 2 arguments, got 3
try
  reverse()
catch e
  print(e)    // expect: Runtime type error: reverse expects 1 argument, got 0
try
  slice([1])
catch e
  print(e)    // expect: Runtime type error: slice expects 2 to 3 arguments, got 1
try
  copy()
catch e
  print(e)    // expect: Runtime type error: copy expects 1 argument, got 0
try
  range()
catch e
  print(e)    // expect: Runtime type error: range expects 1 to 3 arguments, got 0
try
  range(1, 2, 3, 4)
catch e
  print(e)    // expect: Runtime type error: range expects 1 to 3 arguments, got 4
