// Inline and block forms mixed in one else if chain.
fun f(x)
  if x == 1 return "one"
  else if x == 2 return "two"
  else if x == 3
    return "three"
  else return "many"
print(f(1), f(2), f(3), f(4))
x = 5
y = x > 3 ? x < 10 ? "mid" : "big" : "small"
print(y)
// expect: one two three many
// expect: mid
