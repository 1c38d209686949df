// The ?: operator, nested right to left.
x = 5
print(x > 9 ? "a" : x > 4 ? "b" : "c")   // expect: b
print(x > 1 ? "big" : "small")           // expect: big
print(0 ? "t" : "f")                     // expect: f
y = x == 5 ? 1 + 1 : 3
print(y)                                 // expect: 2
calls = []
fun t(v)
  global calls
  calls = calls + [v]
  return v
z = true ? t(1) : t(2)
print(calls)                             // expect: [1]
print((false ? 1 : 2) * 10)              // expect: 20
