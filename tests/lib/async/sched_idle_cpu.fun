// env: FUN_LIB_DIR={root}/lib
// 100 tasks waiting on fds that never become ready plus a sleep mark of
// 1.5 s: the scheduler sleeps in the kernel, using well under 1% of a CPU.
#include <async/scheduler.fun>
pairs = []
fun waiter(t)
  r = await_read(t.fd, 1500)
  t.result = r
  t.done = 1
fun sleeper(t)
  if t.phase == 0
    t.phase = 1
    async_sleep_mark(t, 1500)
    return nil
  t.done = 1
ws = []
for i in range(100)
  p = sock_pair()
  push(pairs, p)
  push(ws, task_spawn(waiter, {"fd": p[0]}))
task_spawn(sleeper, {"phase": 0})
t0 = clock_mono_ms()
c0 = cpu_time_ms()
run_until_done()
cpu = cpu_time_ms() - c0
wall = clock_mono_ms() - t0
timed_out = 0
for t in ws
  if t.result == 0
    timed_out += 1
print(timed_out)                      // expect: 100
print(wall >= 1450, wall < 3000)      // expect: true true
if cpu * 50 >= wall
  print("too much CPU:", cpu, "ms in", wall, "ms")
print(cpu * 50 < wall)                // expect: true
for p in pairs
  sock_close(p[0])
  sock_close(p[1])
