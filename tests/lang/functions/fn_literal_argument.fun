// A multi-line fn literal passed as a call argument.
fun apply_all(arr, f)
  out = []
  for x in arr
    out = out + [f(x)]
  return out
r = apply_all([1, 2, 3], fn(x)
  return x * 2
)
print(r)   // expect: [2, 4, 6]
fun call_with(v, f)
  return f(v)
s = call_with(5, fn(x)
  return x + 100
)
print(s)   // expect: 105
fun call_rev(f, v)
  return f(v)
// fn as the first argument: the call continues on the dedented line
t = call_rev(fn(x)
  return x * 3
, 7)
print(t)   // expect: 21
