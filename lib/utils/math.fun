// utils/math.fun: tiny demo library (kept for compatibility with the
// reference's `#include <utils/math.fun> as m` example).
fun add(a, b)
  return a + b

fun times(a, b)
  return a * b
