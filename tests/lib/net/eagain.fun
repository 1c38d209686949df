// No data yet on a non-blocking socket: nil, with no error recorded (D27).
p = sock_pair()
a = p[0]
b = p[1]
fd_set_nonblock(a, 1)
print(sock_recv(a, 100))                    // expect: nil
print(net_last_error() == "", sock_error(a))   // expect: true 0
sock_send(b, "x")
print(sock_recv(a, 100))                    // expect: x
print(sock_recv(a, 100))                    // expect: nil
sock_close(b)
print(sock_recv(a, 100) == "")              // expect: true
sock_close(a)
