// ?: inside call arguments and Array literals.
fun f(a, b)
  return to_string(a) + "/" + to_string(b)
x = 1
print(f(x > 0 ? "pos" : "neg", x == 1 ? 1 : 0))   // expect: pos/1
print([x ? "t" : "f", !x ? "t" : "f"])          // expect: [t, f]
