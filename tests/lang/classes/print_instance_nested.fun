// Instances print as ClassName{fields} inside containers and compare by
// identity.
class P(x)
  fun m()
    return 0
print([P(1), P(2)])     // expect: [P{"x": 1}, P{"x": 2}]
print({"p": P("s")})    // expect: {"p": P{"x": s}}
p = P(1)
print([p] == [p])       // expect: true
print([p] == [P(1)])    // expect: false
