// language.md 10: top-level loop variables are globals assigned above
for idx in range(0, 2)
  n = idx
fun f()
  idx = 99
f()
print(idx)   // expect: 99
