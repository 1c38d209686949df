// Methods are not fields: len() and printing count and show only the fields.
class P(x)
  fun get()
    return this.x
p = P(1)
print(len(p))    // expect: 1
print(p)         // expect: P{"x": 1}
print(p.get())   // expect: 1
