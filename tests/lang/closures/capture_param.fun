// A closure captures its enclosing function's parameters and locals.
fun multiplier(k)
  return fn(x)
    return x * k

triple = multiplier(3)
print(triple(7))   // expect: 21
fun setter()
  v = 0
  setv = fn(nv)
    v = nv
  setv(9)
  return v
print(setter())    // expect: 9
