// D18: missing arguments are nil, extra ones are dropped
fun f(a, b)
  return [a, b]
print(f(1))          // expect: [1, nil]
print(f())           // expect: [nil, nil]
print(f(1, 2, 3))    // expect: [1, 2]
fun g(a)
  x = "local"
  return x
print(g(1, "extra")) // expect: local
