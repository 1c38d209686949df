// regression: a second await on the same fd in one step gets its own deadline
// ("b" arrives 200 ms after "a", within the 300 ms timeout of the second await)
#include <async/scheduler.fun>
p = sock_pair()
fd_set_nonblock(p[0], 1)
fun writer(t)
  if t.n == 0
    t.n = 1
    async_sleep_mark(t, 250)
    return nil
  if t.n == 1
    sock_send(p[1], "a")
    t.n = 2
    async_sleep_mark(t, 200)
    return nil
  sock_send(p[1], "b")
  t.done = 1
fun reader(t)
  while true
    d = sock_recv(p[0], 10)
    if d != nil
      print("got " + d)
      if d == "b"
        t.done = 1
        return nil
      continue
    if await_read(p[0], 300) == 0
      print("timeout")
      t.done = 1
      return nil
task_spawn(writer, {"n": 0})
task_spawn(reader, {})
run_until_done()
// expect: got a
// expect: got b
