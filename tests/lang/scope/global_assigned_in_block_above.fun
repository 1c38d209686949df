if true
  cfg = 1
fun set()
  cfg = 2
set()
print(cfg)   // expect: 2
