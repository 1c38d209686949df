// Assigning a parameter does not change the global of the same name.
x = 1
fun f(x)
  x = x + 10
  return x
print(f(5))   // expect: 15
print(x)      // expect: 1
