// Plain recursion (factorial, fibonacci).
fun fact(n)
  if n <= 1
    return 1
  return n * fact(n - 1)
print(fact(20))   // expect: 2432902008176640000
fun fib(n)
  return n < 2 ? n : fib(n - 1) + fib(n - 2)
print(fib(20))    // expect: 6765
