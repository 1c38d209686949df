// D19: this usable in field initializers
class C(n)
  a = 1
  b = this.a + 1
  c = [this.a, this.b]
o = C(5)
print(o.b)   // expect: 2
print(o.c)   // expect: [1, 2]
