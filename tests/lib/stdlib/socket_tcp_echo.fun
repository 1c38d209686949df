// TcpServer.echo_once echoes one message to a TcpClient on loopback.
// env: FUN_LIB_DIR={root}/lib
// timeout: 10
#include <io/socket.fun>
s = TcpServer(0, 4)
print(s.listen() > 0, s.local_port() > 0, s.backlog)
c = TcpClient()
print(c.is_connected())
print(c.connect("127.0.0.1", s.local_port()), c.is_connected())
print(c.send("hello"))
// the kernel completed the handshake: accept now, echo one message, close
print(s.echo_once(100))
print(c.recv(100))
print("[" + c.recv(100) + "]")
print(c.close(), c.is_connected(), c.send("x"), "[" + c.recv(10) + "]")
print(s.close(), s.listen_fd)
// expect: true true 4
// expect: false
// expect: true true
// expect: 5
// expect: 1
// expect: hello
// expect: []
// expect: 1 false -1 []
// expect: 1 0
