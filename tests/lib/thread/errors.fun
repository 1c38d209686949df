// an error in a thread comes back from thread_join and never kills the process
fun boom(x)
  return x / 0
id = thread_spawn(boom, [1])
try
  thread_join(id)
catch e
  print("caught:", e)   // expect: caught: Runtime error: division by zero
id = thread_spawn(fn()
  throw {"code": 7}
)
try
  thread_join(id)
catch e
  print(e.code)   // expect: 7
try
  thread_join(12345)
catch e
  print(e)   // expect: Runtime error: thread_join: unknown thread id 12345
try
  thread_spawn(42)
catch e
  print(e)   // expect: Runtime type error: thread_spawn: argument 1 must be a Function, got Int
// joining twice is an error too
id = thread_spawn(fn()
  return 1
)
print(thread_join(id))   // expect: 1
try
  thread_join(id)
catch e
  print(e)   // expect: Runtime error: thread_join: unknown thread id 3
print("still running")   // expect: still running
