// sock_shutdown(fd, "w"): the peer reads the data then EOF and can still answer.
l = tcp_listen_host("127.0.0.1", 0, 4)
c = tcp_connect("127.0.0.1", sock_port(l))
s = tcp_accept(l)
sock_send(c, "request")
print(sock_shutdown(c, "w"))           // expect: 1
got = ""
d = sock_recv(s, 100)
while d != "" && d != nil
  got += d
  d = sock_recv(s, 100)
print(got, d == "")                    // expect: request true
print(sock_send(s, "reply"))           // expect: 5
sock_close(s)
print(sock_recv(c, 100))               // expect: reply
print(sock_recv(c, 100) == "")         // expect: true
print(sock_send(c, "late"))            // expect: -1
print(net_last_error())                // expect: broken pipe
try
  sock_shutdown(c, "x")
catch e
  print(e)    // expect: Runtime error: sock_shutdown: how must be "r", "w" or "rw"
print(sock_shutdown(-1, "rw"), sock_shutdown(99999, "r"))   // expect: 0 0
sock_close(c)
sock_close(l)
