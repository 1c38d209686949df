// Calling the function a call returns, in one expression.
fun adder(n)
  return fn(x)
    return x + n

print(adder(2)(3))        // expect: 5
fun curry(a)
  return fn(b)
    return fn(c)
      return a * 100 + b * 10 + c

print(curry(1)(2)(3))     // expect: 123
