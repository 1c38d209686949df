// An expression continues on the next line after an operator or inside
// brackets.
x = 1 +
  2
print(x)         // expect: 3
a = [1,
  2,
  3]
print(a)         // expect: [1, 2, 3]
m = {
  "a": 1,
  "b": 2
}
print(m)         // expect: {"a": 1, "b": 2}
fun add(p, q)
  return p + q
print(add(1,
  2))            // expect: 3
y = (1 +
     2) * 3
print(y)         // expect: 9
