// Three levels of inheritance: the nearest override wins.
class A
  fun name()
    return "A"
  fun chain()
    return "A"
class B extends A
  fun chain()
    return "B>" + super.chain()
class C extends B
  fun chain()
    return "C>" + super.chain()
c = C()
print(c.chain())   // expect: C>B>A
print(c.name())    // expect: A
print(typeof(c))   // expect: C
