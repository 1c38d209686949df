// env: FUN_LIB_DIR={root}/lib
// A step that raises is reported on stderr and ends; the others go on.
#include <async/scheduler.fun>
fun bad(t)
  t.n += 1
  if t.n == 2
    x = 1 / 0
fun good(t)
  t.n += 1
  if t.n == 4
    print("good finished")
    t.done = 1
fun thrower(t)
  throw {"code": 7}
b = task_spawn(bad, {"n": 0})
task_spawn(good, {"n": 0})
task_spawn(thrower, {})
run_until_done()
print(b.done, b.n)     // expect: good finished
// expect: 1 2
// expect stderr: task error: {"code": 7}
// expect stderr: task error: Runtime error: division by zero
