// super is bound to the class that defines the method, not to the class of this
class A
  fun who()
    return "A"
class B extends A
  fun who()
    return "B>" + super.who()
class C extends B
  x = 1
print(C().who())
class D extends C
  fun who()
    return "D>" + super.who()
print(D().who())
// expect: B>A
// expect: D>B>A
