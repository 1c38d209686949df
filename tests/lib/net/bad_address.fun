// Addresses rejected before any lookup: a port out of range, a NUL byte in
// the host name.
print(tcp_connect("127.0.0.1", 70000))             // expect: 0
print(net_last_error())                            // expect: invalid port 70000
print(tcp_connect("a\0b", 80))                     // expect: 0
