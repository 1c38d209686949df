// A class with typed header parameters, a field initializer and methods.
class Point(number x, number y)
  label = "pt"
  fun sum()
    return this.x + this.y
  fun scaled(k)
    return Point(this.x * k, this.y * k)
p = Point(2, 3)
print(p.x)              // expect: 2
print(p.label)          // expect: pt
print(p.sum())          // expect: 5
print(p.scaled(10).sum())   // expect: 50
