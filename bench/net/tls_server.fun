// SPDX-License-Identifier: MIT
// bench/net/tls_bench.sh's Fun side: a minimal HTTPS responder, one task per
// connection (async_tls_accept, async_recv, async_send_all), keep-alive,
// "ok" for every request. usage: fun tls_server.fun PORT CERT KEY
#include <async/scheduler.fun>
a = argv()
ctx = tls_server_ctx(a[1], a[2])
lfd = tcp_listen_host("127.0.0.1", to_number(a[0]), 1024)
fd_set_nonblock(lfd, 1)
RESP = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok"

fun conn(fd)
  t = async_tls_accept(ctx, fd, 10000)
  if t == nil
    return nil
  buf = ""
  while true
    d = async_recv(t, 65536, 30000)
    if d == nil || d == ""
      break
    buf += d
    // answer every complete request in the buffer (pipelining-safe)
    i = find(buf, "\r\n\r\n")
    while i >= 0
      async_send_all(t, RESP, 10000)
      buf = substr(buf, i + 4, len(buf) - i - 4)
      i = find(buf, "\r\n\r\n")
  tls_close(t)

fun acceptor()
  while true
    fd = async_accept(lfd, -1)
    if fd > 0
      spawn(conn, fd)
spawn(acceptor)
run_until_done()
