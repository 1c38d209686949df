// Two parameters with the same name are a compile error.
fun f(a, a)   // expect error: Duplicate parameter name 'a'
  return a
