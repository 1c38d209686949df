// language.md 11.1: no default parameter values
fun f(a, b = 2)   // expect error: expected ')' after parameters, got '='
  return a
