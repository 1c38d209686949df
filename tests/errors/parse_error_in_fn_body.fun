f = fn(x)
  return x +* 2   // expect error:

