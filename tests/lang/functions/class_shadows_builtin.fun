// compat: a class named like a builtin wins in call position
class len(v)
  z = 1
x = len(5)
print(typeof(x))   // expect: len
print(x.v)         // expect: 5
