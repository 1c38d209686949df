f = fn(x)
  return x +* 2   // expect error: expected an expression, got operator

