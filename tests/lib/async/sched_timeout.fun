// env: FUN_LIB_DIR={root}/lib
// An await on an fd that never becomes ready returns 0 only once its timeout
// has elapsed, and does not hold up the other tasks meanwhile.
#include <async/scheduler.fun>
p = sock_pair()
t0 = time_now_ms()
ticks = []
fun waiter(t)
  t.runs += 1
  r = await_read(p[0], 300)
  t.result = r
  t.waited = time_now_ms() - t0
  t.done = 1
fun ticker(t)
  push(ticks, time_now_ms() - t0)
  if len(ticks) == 5
    t.done = 1
    return nil
  async_sleep_mark(t, 40)
w = task_spawn(waiter, {"runs": 0})
task_spawn(ticker, {})
run_until_done()
print(w.result)                          // expect: 0
print(w.waited >= 295, w.waited < 450)   // expect: true true
// the await parked the step, which resumed where it stopped: one run
print(w.runs)                            // expect: 1
// the ticker kept its 40 ms rhythm while the waiter waited
print(len(ticks), ticks[4] < 250)        // expect: 5 true
// readiness wakes the task before its timeout
fun reader(t)
  r = await_read(p[0], 5000)
  t.result = r
  t.data = sock_recv(p[0], 100)
  t.done = 1
fun writer(t)
  if t.phase == 0
    t.phase = 1
    async_sleep_mark(t, 50)
    return nil
  sock_send(p[1], "wake")
  t.done = 1
t0 = time_now_ms()
rd = task_spawn(reader, {})
task_spawn(writer, {"phase": 0})
run_until_done()
print(rd.result, rd.data, time_now_ms() - t0 < 1000)   // expect: 1 wake true
// timeout 0 only probes; -1 and invalid fds
fun probe(t)
  t.a = await_read(p[0], 0)
  t.b = await_write(p[0], 0)
  t.c = await_read(-1, 100)
  t.d = await_write(99999, 100)
  t.e = await_read(t.missing, 100)
  t.done = 1
pr = task_spawn(probe, {})
run_until_done()
print(pr.a, pr.b, pr.c, pr.d, pr.e)      // expect: 0 1 -1 -1 -1
// outside a task the awaits are the plain polls
print(await_read(p[0], 30), await_write(p[1], 30))   // expect: 0 1
sock_close(p[0])
sock_close(p[1])
