// Super._construct(...) runs the parent's constructor from the child's.
class Base(a)
  fun _construct(a)
    this.base_val = a * 10
class Child(a, b) extends Base
  fun _construct(a, b)
    super._construct(a)
    this.child_val = b
c = Child(1, 2)
print(c.base_val)    // expect: 10
print(c.child_val)   // expect: 2
print(c.b)           // expect: 2
