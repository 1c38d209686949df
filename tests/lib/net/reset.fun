// A peer that aborts (SO_LINGER 0 close) resets the connection: recv gives nil
// with ECONNRESET; a later send fails with -1 (never SIGPIPE).
l = tcp_listen_host("127.0.0.1", 0, 4)
c = tcp_connect("127.0.0.1", sock_port(l))
s = tcp_accept(l)
sock_send(c, "unread")          // unread data at the peer also forces a reset
print(sock_abort(s))            // expect: 1
print(fd_poll_read(c, 2000))    // expect: 1
d = sock_recv(c, 100)
print(d)                        // expect: nil
print(net_last_error())         // expect: connection reset by peer
print(sock_error(c))            // expect: 104
print(sock_send(c, "more"))     // expect: -1
print(sock_error(c) != 0)       // expect: true
print(sock_abort(s))            // expect: 0
sock_close(c)
sock_close(l)
