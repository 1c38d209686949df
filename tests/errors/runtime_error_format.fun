// The uncaught runtime error format: FILE:LINE: message, then one line per
// frame.
fun inner(x)
  return 10 / x
fun outer(x)
  return inner(x)
print("before")
outer(0)
// expect: before
// expect runtime error: Runtime error: division by zero
// expect stderr: {file}:4: Runtime error: division by zero
// expect stderr:   at inner ({file}:4)
// expect stderr:   at outer ({file}:6)
// expect stderr:   at <main> ({file}:8)
