// env: FUN_LIB_DIR={root}/lib
// Sleep marks: a task is skipped until its time; wake-ups in order, on time.
#include <async/scheduler.fun>
log = []
t0 = time_now_ms()
fun sleeper(t)
  if t.phase == 0
    t.phase = 1
    async_sleep_mark(t, t.ms)
    return nil
  t.late = time_now_ms() - t0 - t.ms
  push(log, t.name)
  t.done = 1
a = task_spawn(sleeper, {"name": "a", "ms": 300, "phase": 0})
b = task_spawn(sleeper, {"name": "b", "ms": 100, "phase": 0})
c = task_spawn(sleeper, {"name": "c", "ms": 200, "phase": 0})
c0 = cpu_time_ms()
run_until_done()
print(log)                                  // expect: [b, c, a]
ok = true
for t in [a, b, c]
  if t.late < 0 || t.late > 60
    ok = false
    print("late", t.name, t.late)
print(ok)                                   // expect: true
print(cpu_time_ms() - c0 < 60)              // expect: true
print(async_sleep_mark({}, 10))             // expect: 1
