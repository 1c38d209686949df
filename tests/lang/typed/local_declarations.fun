// Typed locals wrap their values and do not touch a global of the same name.
x = 1000
fun f()
  uint8 x = 513
  return x
print(f())   // expect: 1
print(x)     // expect: 1000
x = 70000
print(x)     // expect: 70000
