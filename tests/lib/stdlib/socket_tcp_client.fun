// TcpServer and TcpClient on loopback: listen with the default backlog,
// connect, 100000 bytes each way.
// env: FUN_LIB_DIR={root}/lib
#include <io/socket.fun>
s = TcpServer(0)
s.listen()
print(s.backlog)
c = TcpClient()
c.connect("localhost", s.local_port())
fd = s.accept()
print(fd > 0)
print(c.send_all(repeat("x", 100000)))
got = 0
while got < 100000
  got += len(sock_recv(fd, 65536))
print(got)
sock_send(fd, "part1")
sock_send(fd, "part2")
sleep(50)
print(c.recv_all(3))
sock_send(fd, "tail")
sock_close(fd)
sleep(50)
print(c.recv_all(0))
print("[" + c.recv_all(0) + "]")
c.close()
s.close()
// connecting to a closed port fails
d = TcpClient()
print(d.connect("127.0.0.1", s.local_port()), d.is_connected(), d.send("x"), d.send_all("x"), "[" + d.recv_all(5) + "]")
// expect: 16
// expect: true
// expect: true
// expect: 100000
// expect: part1part2
// expect: tail
// expect: []
// expect: false false -1 false []
