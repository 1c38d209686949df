// D16: a nested fun binds a local of the enclosing function, not a global
fun outer()
  fun inner(x)
    return x + 1
  return inner(1)
print(outer())         // expect: 2
print(typeof(inner))   // expect: Nil
inner = "global kept"
print(outer())         // expect: 2
print(inner)           // expect: global kept
