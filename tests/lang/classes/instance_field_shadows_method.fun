// A field assigned on an instance shadows a method of the same name.
class C
  fun m()
    return "method"
c = C()
print(c.m())   // expect: method
c.m = fn(self)
  return "field"
print(c.m())   // expect: field
print(C().m()) // expect: method
