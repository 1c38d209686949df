// Compound assignment on instance fields (+=, -= ...).
class C
  n = 1
  s = "a"
  l = []
c = C()
c.n += 4
c.n *= 2
c.s += "b"
c.l += [1]
c["n"] -= 1
print(c.n)   // expect: 9
print(c.s)   // expect: ab
print(c.l)   // expect: [1]
