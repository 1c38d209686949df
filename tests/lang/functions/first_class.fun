// Functions are values: assigned, passed and returned.
fun double(x)
  return x * 2
f = double
print(f(4))               // expect: 8
fs = [double, fn(x)
  return x + 1
]
print(fs[0](5))           // expect: 10
print(fs[1](5))           // expect: 6
m = {"d": double}
print(m["d"](3))          // expect: 6
print(m.d(7))             // expect: 14
fun apply(g, v)
  return g(v)
print(apply(double, 21))  // expect: 42
print(typeof(double))     // expect: Function
