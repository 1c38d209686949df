// The straight-line I/O helpers against real loopback peers: success,
// timeout and failure paths of async_connect/accept/recv/send_all.
// timeout: 30
#include <async/scheduler.fun>
lfd = tcp_listen_host("127.0.0.1", 0, 16)
port = sock_port(lfd)
fd_set_nonblock(lfd, 1)
fun echo_once()
  c = async_accept(lfd, 5000)
  data = async_recv(c, 100, 5000)
  n = async_send_all(c, "echo:" + data, 5000)
  sock_close(c)
  return n
fun client(msg)
  fd = async_connect("127.0.0.1", port, 5000)
  if fd <= 0
    return net_last_error()
  async_send_all(fd, msg, 5000)
  reply = async_recv(fd, 100, 5000)
  eof = async_recv(fd, 100, 5000)
  sock_close(fd)
  return [reply, eof]
print(gather([spawn(echo_once), spawn(client, "hi")]))   // expect: [7, [echo:hi, ]]
// timeouts: nobody connects, nobody sends
fun idle_accept()
  t0 = clock_mono_ms()
  r = async_accept(lfd, 60)
  return [r, clock_mono_ms() - t0 >= 55]
print(gather([spawn(idle_accept)]))                  // expect: [[0, true]]
pair = sock_pair()
fd_set_nonblock(pair[0], 1)
fun idle_recv()
  t0 = clock_mono_ms()
  r = async_recv(pair[0], 10, 50)
  return [r, sock_error(pair[0]), clock_mono_ms() - t0 >= 45]
print(gather([spawn(idle_recv)]))                    // expect: [[nil, 0, true]]
// failures: a refused connection, a closed fd
spare = tcp_listen_host("127.0.0.1", 0, 1)
dead_port = sock_port(spare)
sock_close(spare)
fun refused()
  fd = async_connect("127.0.0.1", dead_port, 2000)
  return [fd, net_last_error()]
print(gather([spawn(refused)]))                      // expect: [[0, connection refused]]
fun on_closed()
  return [async_recv(99999, 10, 100), async_send_all(99999, "x", 100), async_accept(99999, 100)]
print(gather([spawn(on_closed)]))                    // expect: [[nil, 0, -1]]
// 8 MiB through a reader that takes its time: every byte arrives, in order
big = ""
chunk = "0123456789abcdef"
while len(big) < 8388608
  big += chunk
  chunk += chunk
big = substr(big, 0, 8388608)
fd_set_nonblock(pair[1], 1)
fun slow_reader(total)
  got = 0
  digest = 0
  while got < total
    d = async_recv(pair[0], 65536, 5000)
    if d == nil || d == ""
      break
    if got == 0
      async_sleep(50)
    got += len(d)
  return got
fun sender()
  return async_send_all(pair[1], big, 10000)
print(gather([spawn(sender), spawn(slow_reader, len(big))]))   // expect: [8388608, 8388608]
// a send to a peer that never reads stops at the timeout with a partial count
fun stuck_sender()
  t0 = clock_mono_ms()
  n = async_send_all(pair[1], big, 100)
  return [n > 0, n < len(big), clock_mono_ms() - t0 >= 95]
print(gather([spawn(stuck_sender)]))                 // expect: [[true, true, true]]
sock_close(pair[0])
sock_close(pair[1])
sock_close(lfd)
