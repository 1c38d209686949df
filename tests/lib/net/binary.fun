// Binary data with NUL bytes round-trips byte-exactly, both directions.
p = sock_pair()
data = "\0"
for i in range(256)
  data += chr(i)
data += "\0\0end\0"
print(len(data))                    // expect: 263
print(sock_send(p[0], data))        // expect: 263
got = ""
while len(got) < len(data)
  got += sock_recv(p[1], 1000)
print(len(got), got == data)        // expect: 263 true
print(ord(got[0]), ord(got[256]), ord(got[258]), got[259:262])   // expect: 0 255 0 end
l = tcp_listen_host("127.0.0.1", 0, 2)
c = tcp_connect("127.0.0.1", sock_port(l))
s = tcp_accept(l)
sock_send(s, data)
got = ""
while len(got) < len(data)
  got += sock_recv(c, 7)
print(got == data)                  // expect: true
sock_close(c)
sock_close(s)
sock_close(l)
sock_close(p[0])
sock_close(p[1])
