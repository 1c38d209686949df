// D16: closures capture by reference; two closures share one variable
fun pair()
  n = 0
  inc = fn()
    n += 1
  get = fn()
    return n
  return [inc, get]
p = pair()
p[0]()
p[0]()
print(p[1]())   // expect: 2
