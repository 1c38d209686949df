// env: FUN_LIB_DIR={root}/lib
// A pending await leaves the step by throwing __AWAIT_PENDING: a catch around
// it must rethrow that value; the step runs again from the top when ready.
#include <async/scheduler.fun>
p = sock_pair()
fun step(t)
  t.runs += 1
  try
    r = await_read(p[0], 5000)
    t.got = sock_recv(p[0], 100)
    t.done = 1
  catch e
    if e == __AWAIT_PENDING
      throw e
    print("unexpected", e)
fun feeder(t)
  if t.phase == 0
    t.phase = 1
    async_sleep_mark(t, 30)
    return nil
  sock_send(p[1], "data")
  t.done = 1
s = task_spawn(step, {"runs": 0})
task_spawn(feeder, {"phase": 0})
run_until_done()
print(s.got, s.runs)         // expect: data 2
// waiting state is kept in the task map while waiting, removed afterwards
print(has(s, "_wait_fd"))    // expect: false
// a step that stops awaiting (its state changed) is not kept waiting
fun fickle(t)
  t.runs += 1
  if t.runs == 1
    await_read(p[0], 10000)
  if t.runs == 2
    sock_recv(p[0], 100)     // the fd is not ready any more
    return nil
  t.done = 1
f = task_spawn(fickle, {"runs": 0})
run_once()
print(has(f, "_wait_fd"), f["_wait_dir"])   // expect: true r
sock_send(p[1], "x")
run_once()
print(f.runs, f.done, has(f, "_wait_fd"))   // expect: 2 0 false
run_once()
print(f.runs, f.done)        // expect: 3 1
sock_close(p[0])
sock_close(p[1])
