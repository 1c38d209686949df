// An error thrown in a thread is raised by join; thread arguments are copies.
// env: FUN_LIB_DIR={root}/lib
#include <io/thread.fun>
fun boom()
  throw "failed in thread"

t = Thread()
t.spawn(boom)
try
  t.join()
  print("not reached")
catch e
  print(e)
// arguments are copies: the caller's array is not changed
fun mutate(a)
  push(a, 99)
  return len(a)

arr = [1, 2]
t.spawn(mutate, [arr])
print(t.join(), arr)
// expect: failed in thread
// expect: 3 [1, 2]
