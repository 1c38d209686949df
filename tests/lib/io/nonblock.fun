// fd_set_nonblock: reads of an empty non-blocking pipe give nil (no data yet).
p = fd_pipe()
print(fd_set_nonblock(p[0], 1))        // expect: 1
print(sock_recv(p[0], 10))             // expect: nil
print(net_last_error() == "")          // expect: true
print(sock_error(p[0]))                // expect: 0
sock_send(p[1], "data")
print(sock_recv(p[0], 10))             // expect: data
print(fd_set_nonblock(p[0], 0))        // expect: 1
print(fd_set_nonblock(p[0], false))    // expect: 1
// a full non-blocking pipe: sock_send returns 0 when nothing fits
print(fd_set_nonblock(p[1], true))     // expect: 1
chunk = repeat("x", 65536)
total = 0
n = 1
while n > 0
  n = sock_send(p[1], chunk)
  total += n
print(n, total > 0)                    // expect: 0 true
print(fd_poll_write(p[1], 0))          // expect: 0
sock_close(p[0])
sock_close(p[1])
