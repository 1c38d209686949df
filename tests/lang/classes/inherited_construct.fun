// D19: without its own _construct a child forwards its arguments to the parent's
class Base(x)
  fun _construct(x)
    this.doubled = x * 2
class Child(x) extends Base
  fun extra()
    return this.doubled + 1
c = Child(5)
print(c.doubled)   // expect: 10
print(c.extra())   // expect: 11
