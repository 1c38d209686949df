// _construct runs after the header parameters are set, with the call's
// arguments (with or without this).
class Point(number x, number y)
  fun _construct(x, y)
    this.created = true
    this.norm1 = x + y
p = Point(2, 3)
print(p.created)   // expect: true
print(p.norm1)     // expect: 5
class Q(a)
  fun _construct(this, a)
    this.twice = a * 2
print(Q(4).twice)  // expect: 8
