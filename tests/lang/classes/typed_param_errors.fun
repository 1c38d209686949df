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
// expect: TypeError: Point() received too many arguments
// expect: TypeError: Named() expects String for 'name'
// expect: ok
