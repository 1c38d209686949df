// Listen on loopback, connect, accept, exchange data, EOF, close.
l = tcp_listen_host("127.0.0.1", 0, 8)
print(l > 0)                                 // expect: true
port = sock_port(l)
print(port > 0 && port < 65536)              // expect: true
c = tcp_connect("127.0.0.1", port)
print(c > 0)                                 // expect: true
s = tcp_accept(l)
print(s > 0)                                 // expect: true
print(sock_peer(s) == "127.0.0.1:" + to_string(sock_port(c)))   // expect: true
print(sock_peer(c) == "127.0.0.1:" + to_string(port))           // expect: true
print(sock_send(c, "ping"))                  // expect: 4
print(sock_recv(s, 0))                       // expect: ping
print(sock_send(s, "pong!"))                 // expect: 5
print(sock_recv(c, 2))                       // expect: po
print(sock_recv(c, 100))                     // expect: ng!
print(sock_send(c, ""))                      // expect: 0
print(sock_close(c))                         // expect: 1
// orderly EOF: readable, then ""
print(fd_poll_read(s, 2000))                 // expect: 1
d = sock_recv(s, 100)
print(typeof(d), len(d))                     // expect: String 0
print(sock_error(s))                         // expect: 0
print(sock_close(s), sock_close(s))          // expect: 1 0
print(sock_close(l))                         // expect: 1
