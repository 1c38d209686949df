// env: FUN_LIB_DIR={root}/lib
// An await inside a step parks the step: code before it runs once, a catch
// around it sees only real errors, a finally around it runs once, and no
// internal value or waiting key is ever visible.
#include <async/scheduler.fun>
p = sock_pair()
log = []
fun step(t)
  t.runs += 1
  push(log, "before")
  try
    r = await_read(p[0], 5000)
    t.got = sock_recv(p[0], 100)
    t.done = 1
  catch e
    push(log, "caught " + to_string(e))
  finally
    push(log, "finally")
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
print(s.got, s.runs)         // expect: data 1
print(join(log, ","))        // expect: before,finally
// the task's own keys, in order; the scheduler's (leading "_") are its business
visible = []
for k in keys(s)
  if substr(k, 0, 1) != "_"
    push(visible, k)
print(visible)               // expect: [fn, runs, done, got]
// a step that stops awaiting resumes where it parked, then runs again next tick
fun fickle(t)
  t.runs += 1
  if t.runs == 1
    await_read(p[0], 10000)
    t.woke = 1
  if t.runs == 3
    t.done = 1
f = task_spawn(fickle, {"runs": 0})
run_once()
print(f.runs, f.woke)        // expect: 1 nil
sock_send(p[1], "x")
run_once()
print(f.runs, f.woke)        // expect: 1 1
run_once()
print(f.runs, f.done)        // expect: 2 0
run_once()
print(f.runs, f.done)        // expect: 3 1
sock_close(p[0])
sock_close(p[1])
