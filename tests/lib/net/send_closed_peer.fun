// Sending to a peer that closed: first sends may succeed, then -1 with EPIPE
// or ECONNRESET; the interpreter is never killed by SIGPIPE (D26).
l = tcp_listen_host("127.0.0.1", 0, 4)
c = tcp_connect("127.0.0.1", sock_port(l))
s = tcp_accept(l)
sock_close(s)
n = 0
tries = 0
while n >= 0 && tries < 100
  n = sock_send(c, "data")
  tries += 1
  sleep_ms(1)
print(n)                                  // expect: -1
e = sock_error(c)
print(e == 32 || e == 104)                // expect: true
err = net_last_error()
print(err == "broken pipe" || err == "connection reset by peer")   // expect: true
sock_close(c)
sock_close(l)
print("still alive")                      // expect: still alive
