// An external peer (tests/helpers/net_peer.py) sends 4 bytes then closes with
// SO_LINGER 0: the data is read, then the reset shows as nil + ECONNRESET.
l = tcp_listen_host("127.0.0.1", 0, 4)
r = proc_run(["python3", "tests/helpers/net_peer.py", "reset", to_string(sock_port(l))], {"timeout_ms": 10000})
print(r.code, r.timed_out)          // expect: 0 false
s = tcp_accept(l)
print(s > 0)                        // expect: true
d = sock_recv(s, 100)
print(len(d), d == "bye\0")         // expect: 4 true
print(sock_recv(s, 100))            // expect: nil
print(net_last_error())             // expect: connection reset by peer
print(sock_error(s))                // expect: 104
print(sock_send(s, "x"))            // expect: -1
sock_close(s)
sock_close(l)
