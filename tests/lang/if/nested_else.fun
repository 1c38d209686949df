// An else belongs to the if at its own indentation.
fun f(a, b)
  if a
    if b
      return "ab"
    else
      return "a"
  else
    return "none"
print(f(true, true))    // expect: ab
print(f(true, false))   // expect: a
print(f(false, true))   // expect: none
