// D19: typeof(instance) is the class name and never runs user code
class Point(x, y)
  fun toString()
    print("toString must not run")
    return "P"
class Bare
  a = 1
p = Point(1, 2)
print(typeof(p))        // expect: Point
print(typeof(Bare()))   // expect: Bare
print(typeof(Point))    // expect: Function
