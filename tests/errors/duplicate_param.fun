fun f(a, a)   // expect error:
  return a
