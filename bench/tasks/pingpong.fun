// Ping-pong between two tasks over a socket pair, with IDLE other tasks
// parked on their own descriptors (idle loopback listeners, one fd each:
// never ready). A tick costs O(ready), so
// the idle tasks should not slow the exchange down.
// usage: pingpong.fun [ROUNDS [IDLE]]   prints "rounds R idle I ms T", T in
// CPU ms (wall time on a loaded machine measures the load)
#include <async/scheduler.fun>
args = argv()
rounds = 20000
idle = 0
if len(args) > 0
  rounds = to_number(args[0])
if len(args) > 1
  idle = to_number(args[1])
fun sleeper(fd)
  return await_read(fd, nil)
idle_fds = []
i = 0
while i < idle
  l = tcp_listen_host("127.0.0.1", 0, 1)
  if l == 0
    eprint("listen failed at " + to_string(i) + ": " + net_last_error() + " (ulimit -n?)")
    exit 1
  push(idle_fds, l)
  spawn(sleeper, l)
  i += 1
pp = sock_pair()
fd_set_nonblock(pp[0], 1)
fd_set_nonblock(pp[1], 1)
fun ping(fd, n)
  k = 0
  while k < n
    async_send_all(fd, "p", nil)
    async_recv(fd, 1, nil)
    k += 1
fun pong(fd, n)
  k = 0
  while k < n
    async_recv(fd, 1, nil)
    async_send_all(fd, "q", nil)
    k += 1
run_once()     // the idle tasks park
t0 = cpu_time_ms()
a = spawn(ping, pp[0], rounds)
b = spawn(pong, pp[1], rounds)
await_task(a, nil)
await_task(b, nil)
t1 = cpu_time_ms()
print("rounds " + to_string(rounds) + " idle " + to_string(idle) + " ms " + to_string(t1 - t0))
for l in idle_fds
  sock_close(l)    // wakes its task with -1
run_until_done()
