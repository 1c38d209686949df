// async_connect's "timed out" path: a listener that never accepts has a full
// accept queue after a connection or two, and from then on the kernel drops
// new SYNs, so a connect neither succeeds nor fails before its deadline. The
// task parks for the whole timeout and gets 0 with "timed out".
// timeout: 20
#include <async/scheduler.fun>
lfd = tcp_listen_host("127.0.0.1", 0, 1)
port = sock_port(lfd)
fun try_connect()
  t0 = clock_mono_ms()
  fd = async_connect("127.0.0.1", port, 150)
  return [fd, net_last_error(), clock_mono_ms() - t0]
connected = []
last = nil
while len(connected) < 8
  last = gather([spawn(try_connect)])[0]
  if last[0] == 0
    break
  push(connected, last[0])
print(len(connected) >= 1 && len(connected) < 8)    // expect: true
print(last[0], last[1], last[2] >= 150)             // expect: 0 timed out true
// other tasks keep running while one waits for its connect
ticks = 0
fun ticker()
  while ticks < 5
    ticks += 1
    async_sleep(10)
r = gather([spawn(try_connect), spawn(ticker)])
print(r[0][1], ticks)                               // expect: timed out 5
for fd in connected
  sock_close(fd)
sock_close(lfd)
