// A global assigned in a top-level block above a function is the global inside
// it (D17).
if true
  cfg = 1
fun set()
  cfg = 2
set()
print(cfg)   // expect: 2
