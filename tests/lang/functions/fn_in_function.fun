// A fn literal stored in a local and called inside its function.
fun make()
  f = fn(a, b)
    return a - b
  return f(10, 3)
print(make())   // expect: 7
