// UnixServer and UnixClient over a socket file: connect, send, receive, close.
// env: FUN_LIB_DIR={root}/lib
#include <io/socket.fun>
path = "/tmp/fun_stdlib_sock_" + to_string(pid())
v = UnixServer(path)
print(v.listen() > 0, v.backlog)
u = UnixClient()
print(u.connect(path), u.is_connected())
fd = v.accept()
print(fd > 0)
print(u.send("ping"), sock_recv(fd, 10))
sock_send(fd, "pong")
print(u.recv(10))
sock_close(fd)
print("[" + u.recv_all(10) + "]")
print(u.close(), v.close())
remove_file(path)
w = UnixClient()
print(w.connect(path), w.is_connected())
// expect: true 16
// expect: true true
// expect: true
// expect: 4 ping
// expect: pong
// expect: []
// expect: 1 1
// expect: false false
