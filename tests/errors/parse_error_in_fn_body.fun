// A parse error inside a function literal's body points at its line.
f = fn(x)
  return x +* 2   // expect error: expected an expression, got operator

