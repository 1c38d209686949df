// D18/compat: a user function of a builtin's name wins in call position
fun len(x)
  return 42
print(len([1]))     // expect: 42
print(len("abc"))   // expect: 42
