// sock_pair: two connected Unix stream sockets, each usable both ways.
p = sock_pair()
print(typeof(p), len(p), p[0] > 2, p[1] > 2)   // expect: Array 2 true true
sock_send(p[0], "a->b")
sock_send(p[1], "b->a")
print(sock_recv(p[1], 10), sock_recv(p[0], 10))   // expect: a->b b->a
print(sock_peer(p[0]))                            // expect: unix:
sock_close(p[0])
print(sock_recv(p[1], 10) == "")                  // expect: true
sock_close(p[1])
