// tcp_accept: 0 when a non-blocking listener has nothing pending, -1 on errors.
l = tcp_listen_host("127.0.0.1", 0, 4)
fd_set_nonblock(l, 1)
print(tcp_accept(l))                  // expect: 0
print(fd_poll_read(l, 0))             // expect: 0
c = tcp_connect("127.0.0.1", sock_port(l))
print(fd_poll_read(l, 2000))          // expect: 1
s = tcp_accept(l)
print(s > 0)                          // expect: true
print(tcp_accept(l))                  // expect: 0
print(tcp_accept(-1), tcp_accept(99999))   // expect: -1 -1
print(tcp_accept(c))                  // expect: -1
print(net_last_error())               // expect: invalid argument
p = fd_pipe()
print(tcp_accept(p[0]))               // expect: -1
print(net_last_error())               // expect: socket operation on non-socket
sock_close(p[0])
sock_close(p[1])
sock_close(s)
sock_close(c)
sock_close(l)
print(tcp_accept(l))                  // expect: -1
print(net_last_error())               // expect: bad file descriptor
