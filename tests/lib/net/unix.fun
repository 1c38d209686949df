// Unix stream sockets: listen, connect, accept (tcp_accept), data, stale file.
path = "/tmp/fun-test-unix-" + to_string(pid()) + ".sock"
l = unix_listen(path, 4)
print(l > 0, file_exists(path))              // expect: true true
c = unix_connect(path)
print(c > 0)                                 // expect: true
s = tcp_accept(l)
print(s > 0)                                 // expect: true
print(sock_peer(c) == "unix:" + path)        // expect: true
print(sock_port(c))                          // expect: 0
sock_send(c, "over unix\0!")
d = sock_recv(s, 100)
print(len(d), d == "over unix\0!")           // expect: 11 true
sock_close(c)
sock_close(s)
sock_close(l)
// the socket file is left behind; listening again replaces it
l = unix_listen(path, 4)
print(l > 0)                                 // expect: true
sock_close(l)
remove_file(path)
print(unix_connect(path))                    // expect: 0
print(net_last_error())                      // expect: no such file or directory
print(unix_listen(repeat("x", 200), 1))      // expect: 0
print(net_last_error())                      // expect: socket path too long
print(unix_connect(""))                      // expect: 0
// a regular file is never removed
write_file(path, "keep")
print(unix_listen(path, 1), read_file(path))   // expect: 0 keep
remove_file(path)
