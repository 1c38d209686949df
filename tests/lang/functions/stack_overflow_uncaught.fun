// Unbounded recursion ends with a stack overflow error, not a crash.
fun forever(n)
  return forever(n + 1)
print("start")
forever(0)
// expect: start
// expect runtime error: Runtime error: stack overflow
