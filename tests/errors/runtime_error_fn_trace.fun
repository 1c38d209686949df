// An uncaught error in a function literal prints a trace through the call.
f = fn(x)
  return x + "s"
print(f("a"))
f(1)
// expect: as
// expect runtime error: Runtime type error: ADD expects both numbers, both strings, or both arrays, got int and string
// expect stderr: {file}:3: Runtime type error: *
// expect stderr:   at <fn> ({file}:3)
// expect stderr:   at <main> ({file}:5)
