// A builtin is a value: stored, called through a variable, typeof Function.
f = len
print(f([1, 2, 3]))     // expect: 3
print(typeof(len))      // expect: Function
fun apply(g, v)
  return g(v)
print(apply(typeof, "s"))   // expect: String
print(apply(to_string, 12) + "!")   // expect: 12!
