// 100 000 tasks spawned and parked on a channel: bytes per parked task (RSS
// growth / N) and the time to spawn and park them all. Prints
// "tasks N bytes_per_task B ms T" (T in CPU ms, as Lua's os.clock() gives it;
// wall time on a loaded machine says more about the load than about Fun).
#include <async/scheduler.fun>
fun rss_kb()
  for line in split(read_file("/proc/self/status"), "\n")
    if starts_with(line, "VmRSS:")
      return to_number(trim(replace(substr(line, 6, len(line) - 6), "kB", "")))
  return 0
fun parked(ch)
  return chan_recv(ch, nil)
n = 100000
args = argv()
if len(args) > 0
  n = to_number(args[0])
ch = chan_new(0)
before = rss_kb()
t0 = cpu_time_ms()
i = 0
while i < n
  spawn(parked, ch)
  i += 1
run_once()     // every task starts and parks in chan_recv
t1 = cpu_time_ms()
after = rss_kb()
chan_close(ch)
run_until_done()
print("tasks " + to_string(n) + " bytes_per_task " + to_string((after - before) * 1024 / n) + " ms " + to_string(t1 - t0))
