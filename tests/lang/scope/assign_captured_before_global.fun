// D17 order: a captured local of an enclosing function wins over a global
x = "global"
fun outer(x)
  fun inner()
    x = "set by inner"
  inner()
  return x
print(outer("param"))   // expect: set by inner
print(x)                // expect: global
