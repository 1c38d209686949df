// Nested funs update and read their enclosing functions' locals, three levels
// deep.
fun outer()
  n = 1
  fun bump()
    n += 1
  bump()
  bump()
  return n
print(outer())   // expect: 3
fun level1()
  a = "a"
  fun level2()
    b = "b"
    fun level3()
      return a + b + "c"
    return level3()
  return level2()
print(level1())  // expect: abc
