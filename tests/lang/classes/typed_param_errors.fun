// Typed header parameters reject wrong types and missing arguments with
// catchable errors.
class Point(number x, number y)
  z = 0
class Named(string name)
  n = 1
fun attempt(f)
  try
    f()
    return "ok"
  catch e
    return e
print(attempt(fn()
  return Point("a", 1)
))
print(attempt(fn()
  return Point(1)
))
print(attempt(fn()
  return Point(1, 2, 3)
))
print(attempt(fn()
  return Named(5)
))
print(attempt(fn()
  return Point(1, 2)
))
// expect: TypeError: Point() expects Number for 'x'
// expect: TypeError: missing argument 'y' in Point()
// calls are lenient (D18, D19): an extra argument is ignored
// expect: ok
// expect: TypeError: Named() expects String for 'name'
// expect: ok
