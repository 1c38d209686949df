fun f()
  x = 1
  g = fn()
    return x
  x = 2
  return g()
print(f())   // expect: 2
