// A closure sees assignments made after it was created (captures variables,
// not values).
fun f()
  x = 1
  g = fn()
    return x
  x = 2
  return g()
print(f())   // expect: 2
