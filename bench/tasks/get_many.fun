// N concurrent HTTP GETs, a new connection each, one straight-line task per
// request. usage: get_many.fun PORT N  ->  "gets N ok K ms T"
#include <async/scheduler.fun>
args = argv()
port = to_number(args[0])
n = to_number(args[1])
REQ = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
fun get()
  fd = async_connect("127.0.0.1", port, 30000)
  if fd == 0
    return 0
  async_send_all(fd, REQ, 30000)
  got = 0
  while true
    d = async_recv(fd, 65536, 30000)
    if d == nil || d == ""
      break
    got += len(d)
  sock_close(fd)
  return got > 0 ? 1 : 0
t0 = clock_mono_ms()
tasks = []
i = 0
while i < n
  push(tasks, spawn(get))
  i += 1
ok = 0
for r in gather(tasks)
  ok += r
print("gets " + to_string(n) + " ok " + to_string(ok) + " ms " + to_string(clock_mono_ms() - t0))
