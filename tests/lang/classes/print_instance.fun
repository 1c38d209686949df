// D19: without toString, ClassName{"field": value, ...} without methods
class Point(x, y)
  fun sum()
    return this.x + this.y
print(Point(1, 2))             // expect: Point{"x": 1, "y": 2}
class Box
  content = "thing"
  size = [1, 2]
  fun open()
    return this.content
print(Box())                   // expect: Box{"content": thing, "size": [1, 2]}
b = Box()
b.extra = nil
print(to_string(b))            // expect: Box{"content": thing, "size": [1, 2], "extra": nil}
class Empty
  fun m()
    return 0
print(Empty())                 // expect: Empty{}
