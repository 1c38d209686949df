// Every socket builtin with invalid (-1, 99999) and closed fds: documented
// failure values, never a crash.
p = sock_pair()
closed = p[0]
sock_close(p[0])
sock_close(p[1])
for fd in [-1, 99999, closed]
  print(sock_send(fd, "x"), sock_recv(fd, 10), sock_close(fd), sock_error(fd))
  print(tcp_accept(fd), sock_port(fd), sock_peer(fd), sock_shutdown(fd, "w"), sock_abort(fd))
// expect: -1 nil 0 9
// expect: -1 -1 nil 0 0
// expect: -1 nil 0 9
// expect: -1 -1 nil 0 0
// expect: -1 nil 0 9
// expect: -1 -1 nil 0 0
print(net_last_error())      // expect: bad file descriptor
print(strerror(9))           // expect: Bad file descriptor
// a recv error leaves its errno readable with sock_error
p = fd_pipe()
print(sock_recv(p[1], 10))   // expect: nil
print(sock_error(p[1]))      // expect: 9
sock_close(p[0])
sock_close(p[1])
