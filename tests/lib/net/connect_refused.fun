// Connecting to a port that was just closed: 0 and "connection refused".
l = tcp_listen_host("127.0.0.1", 0, 1)
port = sock_port(l)
sock_close(l)
print(tcp_connect("127.0.0.1", port))        // expect: 0
print(net_last_error())                      // expect: connection refused
// the non-blocking connect reports the failure through sock_error
fd = tcp_connect_nb("127.0.0.1", port)
print(fd > 0)                                // expect: true
print(fd_poll_write(fd, 2000))               // expect: 1
e = sock_error(fd)
print(e)                                     // expect: 111
print(strerror(e))                           // expect: Connection refused
print(sock_error(fd))                        // expect: 111
print(sock_close(fd))                        // expect: 1
