// an uncaught error inside a callback reports the callback's line
fun boom(x)
  return x + "s"  // expect runtime error: Runtime type error: ADD expects both numbers, both strings, or both arrays, got int and string
map([1], boom)
print("not reached")
