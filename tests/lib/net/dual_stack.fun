// tcp_listen binds every address; IPv4 clients show as IPv4 in sock_peer.
l = tcp_listen(0, 8)
print(l > 0)                               // expect: true
port = sock_port(l)
c = tcp_connect("127.0.0.1", port)
s = tcp_accept(l)
print(sock_peer(s) == "127.0.0.1:" + to_string(sock_port(c)))   // expect: true
c6 = tcp_connect("::1", port)
if c6 > 0
  s6 = tcp_accept(l)
  print(starts_with(sock_peer(s6), "[::1]:"))
  sock_close(c6)
  sock_close(s6)
else
  print(true)
// expect: true
c2 = tcp_connect("localhost", port)
print(c2 > 0)                              // expect: true
// a busy port cannot be listened on twice
print(tcp_listen(port, 1))                 // expect: 0
print(net_last_error())                    // expect: address already in use
print(tcp_listen(-1, 1), tcp_listen(65536, 1))   // expect: 0 0
for fd in [c, s, c2, l]
  sock_close(fd)
