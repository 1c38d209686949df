// 5000 closures keep their captured values through collections.
fun make(i)
  return fn()
    return i * 2

fs = []
for i in range(0, 5000)
  fs += [make(i)]
s = 0
for f in fs
  s += f()
print(s)   // expect: 24995000
