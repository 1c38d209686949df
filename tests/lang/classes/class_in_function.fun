// A class declared and used inside a function.
class Shape(kind)
  fun area()
    return 0
class Square(kind, side) extends Shape
  fun _construct(kind, side)
    this.side = side
  fun area()
    return this.side * this.side
fun total(shapes)
  t = 0
  for s in shapes
    t += s.area()
  return t
print(total([Square("sq", 3), Square("sq", 2), Shape("none")]))   // expect: 13
