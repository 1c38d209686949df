// A toString() inherited from the base class controls printing.
class Base(v)
  fun toString()
    return "<" + to_string(this.v) + ">"
class Child(v) extends Base
  extra = 1
c = Child(5)
print(c)              // expect: <5>
print(to_string(c))   // expect: <5>
print(typeof(c))      // expect: Child
