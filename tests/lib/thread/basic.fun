// thread_spawn / thread_join (D28): 8 threads compute correct results
K = 3
fun work(n)
  s = 0
  for i in range(n)
    s += i * K
  return s
ids = []
for t in range(8)
  push(ids, thread_spawn(work, [1000 * (t + 1)]))
total = 0
for id in ids
  total += thread_join(id)
print(total)   // expect: 305946000
// top-level functions and constants are usable; a single non-array argument is passed as is
fun twice(x)
  return work(x) * 2
print(thread_join(thread_spawn(twice, 10)))   // expect: 270
print(thread_join(thread_spawn(fn()
  return K + 1
)))   // expect: 4
