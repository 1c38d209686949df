// Errors in and around fibers: each is a catchable runtime error.
fun boom(x)
  y = fiber_yield(x + 1)
  throw {"code": y}
f = fiber_new(boom)
print(fiber_resume(f, 1))       // expect: 2
try
  fiber_resume(f, 7)
catch e
  print("caught", e["code"])    // expect: caught 7
print(fiber_status(f))          // expect: failed
try
  fiber_resume(f)
catch e
  print(e)                      // expect: Runtime error: fiber_resume: cannot resume a finished fiber
try
  fiber_yield(1)
catch e
  print(e)                      // expect: Runtime error: fiber_yield: not inside a fiber
fun self_resume()
  return fiber_resume(fiber_current())
try
  fiber_resume(fiber_new(self_resume))
catch e
  print(e)                      // expect: Runtime error: fiber_resume: cannot resume the running fiber
fun resume_outer()
  return fiber_resume(outer)
fun fn_outer()
  return fiber_resume(fiber_new(resume_outer))
outer = fiber_new(fn_outer)
try
  fiber_resume(outer)
catch e
  print(e)                      // expect: Runtime error: fiber_resume: cannot resume a fiber that is resuming another
try
  fiber_new(print)
catch e
  print(e)                      // expect: Runtime type error: fiber_new: argument 1 must be a Fun function, got Function
try
  fiber_resume(42)
catch e
  print(e)                      // expect: Runtime type error: fiber_resume: argument 1 must be a Fiber, got Int
try
  apply(add, 1)
catch e
  print(e)                      // expect: Runtime type error: apply: argument 2 must be an Array, got Int
fun add(a, b)
  return a + b
// a runtime error inside the fiber keeps its message and location
fun bad()
  return 1 + nil
try
  fiber_resume(fiber_new(bad))
catch e
  print(e)                      // expect: Runtime type error: ADD expects both numbers, both strings, or both arrays, got int and nil
// uncaught: reported where it happened, inside the fiber (line of `bad`)
// expect runtime error: errors.fun:51: Runtime type error: ADD expects
fiber_resume(fiber_new(bad))
