f = fn(x)
  return x + "s"
print(f("a"))
f(1)
// expect: as
// expect runtime error: Runtime type error: ADD expects both numbers, both strings, or both arrays, got int and string
// expect stderr: {file}:2: Runtime type error: *
// expect stderr:   at <fn> ({file}:2)
// expect stderr:   at <main> ({file}:4)
