// Map builtins given a non-Map raise type errors naming the builtin and the
// argument.
try
  keys([1, 2])
catch e
  print(e)    // expect: Runtime type error: keys: argument 1 must be a Map, got Array
try
  keys("abc")
catch e
  print(e)    // expect: Runtime type error: keys: argument 1 must be a Map, got String
try
  values(5)
catch e
  print(e)    // expect: Runtime type error: values: argument 1 must be a Map, got Int
try
  keys()
catch e
  print(e)    // expect: Runtime type error: keys expects 1 argument, got 0
try
  values({}, {})
catch e
  print(e)    // expect: Runtime type error: values expects 1 argument, got 2
try
  has({})
catch e
  print(e)    // expect: Runtime type error: has expects 2 arguments, got 1
try
  entries()
catch e
  print(e)    // expect: Runtime type error: entries expects 1 argument, got 0
try
  merge({})
catch e
  print(e)    // expect: Runtime type error: merge expects 2 arguments, got 1
keys(nil)   // expect runtime error: Runtime type error: keys: argument 1 must be a Map, got Nil
