// D2: 4 and 4.0 are different constants in one unit
print(10 / 4)       // expect: 2
print(10 / 4.0)     // expect: 2.5
print(typeof(4))    // expect: Number
print(typeof(4.0))  // expect: Float
x = 3.0 * 2
print(-7 % 3)       // expect: -1
fun f()
  a = 3
  b = 3.0
  return typeof(a) + " " + typeof(b)
print(f())          // expect: Number Float
