// note: the fn body resolves `fact` to the enclosing local being assigned (flat function scope, by-reference capture)
// a fn literal can call itself through a captured local assigned afterwards
fun make()
  fact = fn(n)
    return n <= 1 ? 1 : n * fact(n - 1)
  return fact
print(make()(10))   // expect: 3628800
fib = fn(n)
  return n < 2 ? n : fib(n - 1) + fib(n - 2)
print(fib(15))      // expect: 610
