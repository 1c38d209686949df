fun f(a, a)   // expect error: Duplicate parameter name 'a'
  return a
