// each call of the enclosing function gets its own variables
fun make(tag)
  parts = []
  add = fn(p)
    parts += [tag + p]
    return parts
  return add
a = make("a")
b = make("b")
a("1")
b("1")
print(a("2"))   // expect: [a1, a2]
print(b("2"))   // expect: [b1, b2]
