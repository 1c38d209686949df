// Defining a function with fun and calling it.
fun add(a, b)
  return a + b
print(add(2, 3))   // expect: 5
fun noret()
  x = 1
print(noret())     // expect: nil
fun empty_return()
  return
print(empty_return())   // expect: nil
