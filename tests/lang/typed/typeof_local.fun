// Typeof of typed locals names their declared integer type.
fun f()
  int8 small = 1
  uint32 mid = 2
  return typeof(small) + " " + typeof(mid)
print(f())   // expect: Sint8 Uint32
