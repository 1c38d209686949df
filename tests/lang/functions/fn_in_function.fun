fun make()
  f = fn(a, b)
    return a - b
  return f(10, 3)
print(make())   // expect: 7
