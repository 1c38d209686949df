// wrong argument types raise catchable errors with uniform messages
try
  push(1, 2)
catch e
  print(e)    // expect: Runtime type error: push: argument 1 must be an Array, got Int
try
  push({}, 2)
catch e
  print(e)    // expect: Runtime type error: push: argument 1 must be an Array, got Map
try
  pop("abc")
catch e
  print(e)    // expect: Runtime type error: pop: argument 1 must be an Array, got String
try
  pop(nil)
catch e
  print(e)    // expect: Runtime type error: pop: argument 1 must be an Array, got Nil
try
  set("abc", 0, "x")
catch e
  print(e)    // expect: Runtime type error: set: argument 1 must be an Array or Map, got String
try
  set([1], "0", 2)
catch e
  print(e)    // expect: Runtime type error: set: argument 2 must be an Int, got String
try
  insert(nil, 0, 1)
catch e
  print(e)    // expect: Runtime type error: insert: argument 1 must be an Array, got Nil
try
  insert([1], 0.5, 1)
catch e
  print(e)    // expect: Runtime type error: insert: argument 2 must be an Int, got Float
try
  remove("abc", 0)
catch e
  print(e)    // expect: Runtime type error: remove: argument 1 must be an Array or Map, got String
try
  remove([1], "0")
catch e
  print(e)    // expect: Runtime type error: remove: argument 2 must be an Int, got String
try
  remove([1], true)
catch e
  print(e)    // expect: Runtime type error: remove: argument 2 must be an Int, got Boolean
class K
  x = 1
try
  push(K(), 1)
catch e
  print(e)    // expect: Runtime type error: push: argument 1 must be an Array, got K
fun f()
  return 1
try
  pop(f)
catch e
  print(e)    // expect: Runtime type error: pop: argument 1 must be an Array, got Function
