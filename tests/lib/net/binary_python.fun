// An external peer sends every byte value twice: received byte-exactly.
l = tcp_listen_host("127.0.0.1", 0, 4)
r = proc_run(["python3", "tests/helpers/net_peer.py", "binary", to_string(sock_port(l))], {"timeout_ms": 10000})
print(r.code)                       // expect: 0
s = tcp_accept(l)
want = ""
for i in range(256)
  want += chr(i)
want += want
got = ""
d = sock_recv(s, 100)
while d != "" && d != nil
  got += d
  d = sock_recv(s, 100)
print(len(got), got == want)        // expect: 512 true
sock_close(s)
sock_close(l)
