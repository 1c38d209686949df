// Inline if statements (if cond stmt), also with return.
x = 1
if x == 1 print("one")
if x == 2 print("two")
if (x == 1) print("paren")
fun f(v)
  if v == 1 return "is one"
  return "other"
print(f(1))
print(f(2))
// expect: one
// expect: paren
// expect: is one
// expect: other
