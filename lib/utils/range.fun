// utils/range.fun: ranges as arrays (end-exclusive).
//   range(n) -> [0, 1, ..., n-1]; range2(a, b) -> [a, ..., b-1];
//   range3(a, b, step) -> a, a+step, ... while < b (step > 0) or > b (step < 0)
// `range` is a core builtin with the same meaning (1 to 3 Int arguments);
// the assignment below only makes it reachable through a namespace
// (`#include <utils/range.fun> as r` -> r.range(3)). `for i in range(...)` is
// loop syntax and never calls these functions.
range = range

fun range2(a, b)
  return range(a, b)

// step 0 is an error ("range step cannot be 0").
fun range3(a, b, step)
  return range(a, b, step)
