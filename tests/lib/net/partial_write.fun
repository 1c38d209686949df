// 8 MiB into a non-blocking socket whose reader is slow: sock_send writes
// part of it, the loop waits with fd_poll_write and resumes; the reader (in
// this same process) checks the byte count and the content.
l = tcp_listen_host("127.0.0.1", 0, 4)
w = tcp_connect("127.0.0.1", sock_port(l))
r = tcp_accept(l)
fd_set_nonblock(w, 1)
fd_set_nonblock(r, 1)
block = ""
for i in range(256)
  block += chr(i)
payload = repeat(block, 32768)          // 8 MiB, every byte value
print(len(payload))                     // expect: 8388608
first = sock_send(w, payload)
print(first > 0 && first < len(payload))   // expect: true
sent = first
parts = []
got = 0
zero_sends = 0
while got < len(payload)
  if sent < len(payload) && fd_poll_write(w, 0) == 1
    n = sock_send(w, payload[sent:])
    if n < 0
      print("send error", net_last_error())
      break
    if n == 0
      zero_sends += 1
    sent += n
  // the slow reader: at most 64 KiB per round
  if fd_poll_read(r, 100) == 1
    d = sock_recv(r, 65536)
    if d == "" || d == nil
      print("recv ended early", net_last_error())
      break
    push(parts, d)
    got += len(d)
print(sent, got)                        // expect: 8388608 8388608
print(join(parts, "") == payload)       // expect: true
sock_close(w)
print(fd_poll_read(r, 2000), sock_recv(r, 10) == "")   // expect: 1 true
sock_close(r)
sock_close(l)
