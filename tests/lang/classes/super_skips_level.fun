// Super from a grandchild reaches the nearest ancestor that defines the
// method.
class A
  fun m()
    return "A.m"
class B extends A
  fun other()
    return "B.other"
class C extends B
  fun m()
    return "C>" + super.m()
print(C().m())       // expect: C>A.m
print(C().other())   // expect: B.other
