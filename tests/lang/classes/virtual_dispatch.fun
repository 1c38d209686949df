// A base method calling this.m() runs the subclass's override.
class A
  fun name()
    return "A"
  fun hello()
    return "hello from " + this.name()
class B extends A
  fun name()
    return "B"
print(B().hello())   // expect: hello from B
print(A().hello())   // expect: hello from A
