// A name under the reserved .invalid TLD never resolves.
print(tcp_connect("no-such-host.invalid", 80))     // expect: 0
print(net_last_error())                            // expect: unknown host 'no-such-host.invalid'
print(tcp_connect_nb("no-such-host.invalid", 80))  // expect: 0
print(net_last_error())                            // expect: unknown host 'no-such-host.invalid'
print(tcp_listen_host("no-such-host.invalid", 0, 1))   // expect: 0
print(tcp_connect("127.0.0.1", 70000))             // expect: 0
print(net_last_error())                            // expect: invalid port 70000
print(tcp_connect("a\0b", 80))                     // expect: 0
