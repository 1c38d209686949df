// tcp_connect_nb: completion seen with fd_poll_write, then sock_error(fd) == 0.
l = tcp_listen_host("127.0.0.1", 0, 4)
fd = tcp_connect_nb("127.0.0.1", sock_port(l))
print(fd > 0, net_last_error())               // expect: true 
print(fd_poll_write(fd, 2000))                // expect: 1
print(sock_error(fd))                         // expect: 0
s = tcp_accept(l)
print(s > 0)                                  // expect: true
// the fd is non-blocking: nothing to read yet gives nil
print(sock_recv(fd, 10))                      // expect: nil
sock_send(s, "hi")
print(fd_poll_read(fd, 2000), sock_recv(fd, 10))   // expect: 1 hi
sock_close(fd)
sock_close(s)
sock_close(l)
