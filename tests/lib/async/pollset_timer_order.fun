// 200 timers (some cancelled) come out of the heap in deadline order.
ps = pollset_new()
delay = {}
ids = []
c0 = clock_mono_ms()
for i in range(200)
  ms = (i * 37) % 101
  id = pollset_timer(ps, ms)
  delay[to_string(id)] = ms
  push(ids, id)
// deadlines are creation time + delay: allow for the time creation took
slack = clock_mono_ms() - c0 + 1
cancelled = 0
for i in range(0, 200, 5)
  cancelled += pollset_timer_cancel(ps, ids[i])
print(cancelled)                      // expect: 40
fired = []
t0 = clock_mono_ms()
while len(fired) < 160 && clock_mono_ms() - t0 < 5000
  for e in pollset_wait(ps, -1)
    push(fired, e[0])
print(len(fired))                     // expect: 160
ok = true
for i in range(1, len(fired))
  a = delay[to_string(fired[i - 1])]
  b = delay[to_string(fired[i])]
  if a > b + slack
    ok = false
print(ok)                             // expect: true
print(pollset_wait(ps, -1))           // expect: []
pollset_close(ps)
