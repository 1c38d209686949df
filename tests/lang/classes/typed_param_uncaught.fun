// A typed header parameter error uncaught: message and line.
class Point(number x, number y)
  z = 0
print("before")
p = Point(1, "b")
print("not reached")
// expect: before
// expect runtime error: TypeError: Point() expects Number for 'y'
