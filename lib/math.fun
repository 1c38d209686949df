// math.fun: small numeric helpers.
// abs, clamp, gcd and lcm are core builtins (Int and Float, docs/rulings.md D8).
// The reference's Fun versions were always shadowed by those builtins, so we
// do not redefine them: the assignments below only make them reachable as
// values and through a namespace (`#include <math.fun> as m` -> m.abs(-1)).
// A plain variable never shadows a builtin in call position.
abs = abs
clamp = clamp
gcd = gcd
lcm = lcm

// b ** e for an integer exponent e >= 0 (wrapping Int arithmetic for Int b);
// e < 0 gives 0 for Int b (as the pow builtin) and 1 / b ** -e for Float b.
fun powi(b, e)
  if e < 0
    if typeof(b) == "Float"
      return 1.0 / powi(b, 0 - e)
    return 0
  r = 1
  if typeof(b) == "Float"
    r = 1.0
  while e > 0
    if e % 2 == 1
      r = r * b
    b = b * b
    e = e / 2
  return r

fun min3(a, b, c)
  m = a
  if b < m
    m = b
  if c < m
    m = c
  return m

fun max3(a, b, c)
  m = a
  if b > m
    m = b
  if c > m
    m = c
  return m

// Smallest / largest element; nil for an empty array.
fun array_min(arr)
  if len(arr) == 0
    return nil
  m = arr[0]
  for x in arr
    if x < m
      m = x
  return m

fun array_max(arr)
  if len(arr) == 0
    return nil
  m = arr[0]
  for x in arr
    if x > m
      m = x
  return m
