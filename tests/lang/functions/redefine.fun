// A later fun (or an assignment) with the same name replaces the function from
// then on.
fun f()
  return 1
print(f())   // expect: 1
fun f()
  return 2
print(f())   // expect: 2
f = fn()
  return 3
print(f())   // expect: 3
