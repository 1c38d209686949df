// proc_run and system: bad commands and options are catchable errors
try
  proc_run(42)
catch e
  print(e)  // expect: Runtime type error: proc_run: argument 1 must be a String or Array, got Int
try
  proc_run(["echo", 1])
catch e
  print(e)  // expect: Runtime type error: proc_run: command element 2 must be a String, got Int
try
  proc_run([])
catch e
  print(e)  // expect: Runtime error: proc_run: empty command
try
  proc_run("   ")
catch e
  print(e)  // expect: Runtime error: proc_run: empty command
try
  proc_run("echo 'abc")
catch e
  print(e)  // expect: Runtime error: proc_run: unterminated quote in command
try
  proc_run("echo \"abc")
catch e
  print(e)  // expect: Runtime error: proc_run: unterminated quote in command
try
  proc_run("echo a\x00b")
catch e
  print(e)  // expect: Runtime error: proc_run: command contains a NUL byte
try
  proc_run(["echo", "a\x00b"])
catch e
  print(e)  // expect: Runtime error: proc_run: command contains a NUL byte
try
  proc_run("true", 5)
catch e
  print(e)  // expect: Runtime type error: proc_run: argument 2 must be a Map, got Int
try
  proc_run("true", {"stdn": "x"})
catch e
  print(e)  // expect: Runtime error: proc_run: unknown option 'stdn'
try
  proc_run("true", {"stdin": 5})
catch e
  print(e)  // expect: Runtime type error: proc_run: option 'stdin' must be a String, got Int
try
  proc_run("true", {"env": "A=1"})
catch e
  print(e)  // expect: Runtime type error: proc_run: option 'env' must be a Map, got String
try
  proc_run("true", {"env": {"A": [1]}})
catch e
  print(e)  // expect: Runtime type error: proc_run: env value for 'A' must be a String, got Array
try
  proc_run("true", {"env": {"A=B": "1"}})
catch e
  print(e)  // expect: Runtime error: proc_run: invalid environment variable name 'A=B'
try
  proc_run("true", {"env": {"A": "x\x00y"}})
catch e
  print(e)  // expect: Runtime error: proc_run: env value for 'A' contains a NUL byte
try
  proc_run("true", {"cwd": 1})
catch e
  print(e)  // expect: Runtime type error: proc_run: option 'cwd' must be a String, got Int
try
  proc_run("true", {"cwd": "/\x00"})
catch e
  print(e)  // expect: Runtime error: proc_run: path contains a NUL byte
try
  proc_run("true", {"timeout_ms": "100"})
catch e
  print(e)  // expect: Runtime type error: proc_run: option 'timeout_ms' must be a Number, got String
try
  proc_run()
catch e
  print(e)  // expect: Runtime type error: proc_run expects 1 to 2 arguments, got 0
try
  system(nil)
catch e
  print(e)  // expect: Runtime type error: system: argument 1 must be a String or Array, got Nil
try
  system("")
catch e
  print(e)  // expect: Runtime error: system: empty command
try
  system("a 'b")
catch e
  print(e)  // expect: Runtime error: system: unterminated quote in command
try
  system("echo", 1)
catch e
  print(e)  // expect: Runtime type error: system expects 1 argument, got 2
// options map nil is the same as no options
print(proc_run("true", nil).code)    // expect: 0
