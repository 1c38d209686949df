// A wait of N ms never ends before N ms have passed: deadlines are kept in
// microseconds, so a sleep begun late in a millisecond is not cut short.
#include <async/scheduler.fun>
early = []
// Sleepers of different lengths wake one another's scheduler at all phases
// of a millisecond.
fun sleeper(ms)
  j = 0
  while j < 40
    t = clock_mono_us()
    async_sleep(ms)
    if clock_mono_us() - t < ms * 1000
      push(early, clock_mono_us() - t)
    j += 1
for i in range(1, 6)
  spawn(sleeper, i)
run_until_done()
print(early)                                 // expect: []

// The same for a poll set's timers.
ps = pollset_new()
short = 0
for i in range(0, 20)
  t = clock_mono_us()
  pollset_timer(ps, 3)
  got = []
  while len(got) == 0
    got = pollset_wait(ps, -1)
  if clock_mono_us() - t < 3000
    short += 1
print(short)                                 // expect: 0
pollset_close(ps)
