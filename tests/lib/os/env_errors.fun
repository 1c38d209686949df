// env builtins: argument errors
try
  env(1)
catch e
  print(e)  // expect: Runtime type error: env: argument 1 must be a String, got Int
try
  env("A\x00B")
catch e
  print(e)  // expect: Runtime error: env: name contains a NUL byte
try
  env_set(nil, "x")
catch e
  print(e)  // expect: Runtime type error: env_set: argument 1 must be a String, got Nil
try
  env_set("X", 5)
catch e
  print(e)  // expect: Runtime type error: env_set: argument 2 must be a String or Nil, got Int
try
  env_set("X", "a\x00b")
catch e
  print(e)  // expect: Runtime error: env_set: value contains a NUL byte
try
  env()
catch e
  print(e)  // expect: Runtime type error: env expects 1 argument, got 0
try
  env_all(1)
catch e
  print(e)  // expect: Runtime type error: env_all expects 0 arguments, got 1
try
  env_set("X")
catch e
  print(e)  // expect: Runtime type error: env_set expects 2 arguments, got 1
