// For (k, v) over a Map inside a function uses local variables.
fun invert(m)
  out = {}
  for (k, v) in m
    out[to_string(v)] = k
  return out
print(invert({"a": 1, "b": 2}))   // expect: {"1": a, "2": b}
