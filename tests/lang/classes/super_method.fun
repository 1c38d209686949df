// Super.m(...) calls the parent's version of an overridden method.
class Base(name)
  fun greet()
    return "hello " + this.name
  fun who()
    return "base"
class Child(name) extends Base
  fun greet()
    return super.greet() + "!"
  fun who()
    return "child of " + super.who()
c = Child("kid")
print(c.greet())   // expect: hello kid!
print(c.who())     // expect: child of base
