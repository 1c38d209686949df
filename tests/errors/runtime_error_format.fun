fun inner(x)
  return 10 / x
fun outer(x)
  return inner(x)
print("before")
outer(0)
// expect: before
// expect runtime error: Runtime error: division by zero
// expect stderr: {file}:2: Runtime error: division by zero
// expect stderr:   at inner ({file}:2)
// expect stderr:   at outer ({file}:4)
// expect stderr:   at <main> ({file}:6)
