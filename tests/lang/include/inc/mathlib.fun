// fixture
ORIGIN = 0
fun square(x)
  return x * x
fun cube(x)
  return square(x) * x
class Vec(x, y)
  fun len2()
    return square(this.x) + square(this.y)
