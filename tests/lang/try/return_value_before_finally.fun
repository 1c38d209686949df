// note: the return value is computed before finally runs (Python/Java-like)
fun f()
  x = 1
  try
    return x
  finally
    x = 2
print(f())   // expect: 1
