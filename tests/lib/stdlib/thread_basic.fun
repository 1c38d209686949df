// Thread spawn/start and join return the function's result.
// env: FUN_LIB_DIR={root}/lib
#include <io/thread.fun>
fun work(a, b)
  total = 0
  for i in range(a, b)
    total += i
  return total

fun square(x)
  return x * x

t = Thread()
id = t.spawn(work, [0, 1001])
print(id != 0, t.id == id)
print(t.join(id))
t.start(square, 12)
print(t.join())
id2 = t.spawn(fn()
  return "no args"
)
print(t.wait(id2))
// several threads at once
ids = []
for k in range(1, 5)
  push(ids, t.spawn(square, k))
res = []
for i in ids
  push(res, t.join(i))
print(res)
// expect: true true
// expect: 500500
// expect: 144
// expect: no args
// expect: [1, 4, 9, 16]
