// loop variables inside a function are locals
x = "global"
fun f()
  for x in [1, 2]
    y = x
  return y
print(f())   // expect: 2
print(x)     // expect: global
