// Minimal HTTP GET over non-blocking TCP with the fd_poll_* helpers
// (the asyncio guide's first client, docs/asyncio.md).
//
// usage: FUN_LIB_DIR=./lib ./build/fun examples/io/async_http_client.fun [host [port [path]]]
//        (default: 127.0.0.1 8080 /, the example servers' default port)
//
// The response (status line, headers, body) goes to stdout byte for byte, as
// received; one summary line goes to stderr:
//   done: HTTP/1.1 200 OK, 1256 bytes (head 331, body 925), 41 ms
// or `error: ...` (exit status 1).
//
// "Read until close" tells a quiet server from a closed one: after a poll
// timeout (0) or readiness (1), sock_recv returns nil when no data has
// arrived yet (keep waiting, within DEADLINE_MS), "" when the server closed
// the connection, and nil with sock_error(fd) != 0 on an error.

POLL_MS = 1000        // one poll wait; a quiet server just means another wait
DEADLINE_MS = 30000   // give up when the whole exchange takes longer

args = argv()
host = "127.0.0.1"
port = 8080
path = "/"
if len(args) > 0
  host = args[0]
if len(args) > 1
  port = to_number(args[1])
if len(args) > 2
  path = args[2]

fun fail(msg, fd)
  if fd > 0
    sock_close(fd)
  eprint("error: " + msg)
  exit 1

t0 = clock_mono_ms()
deadline = t0 + DEADLINE_MS

// 1) Connect (blocking connect, as in the guide), then switch to non-blocking.
fd = tcp_connect(host, port)
if fd == 0
  fail("cannot connect to " + host + ":" + to_string(port) + ": " + net_last_error(), 0)
if fd_set_nonblock(fd, 1) == 0
  fail("cannot make the socket non-blocking", fd)

// 2) Non-blocking write loop with readiness polling.
remaining = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: fun-async-client\r\n" +
  "Accept: */*\r\nConnection: close\r\n\r\n"
while len(remaining) > 0
  if clock_mono_ms() > deadline
    fail("timed out sending the request", fd)
  wr = fd_poll_write(fd, POLL_MS)
  if wr < 0
    fail("poll error", fd)
  if wr == 0
    continue                    // timeout: try again
  n = sock_send(fd, remaining)
  if n < 0
    fail("send failed: " + strerror(sock_error(fd)), fd)
  remaining = substr(remaining, n, len(remaining) - n)   // n == 0: would block

// 3) Non-blocking read until close.
parts = []
total = 0
while true
  if clock_mono_ms() > deadline
    fail("timed out after " + to_string(total) + " bytes", fd)
  rd = fd_poll_read(fd, POLL_MS)
  if rd < 0
    fail("poll error", fd)
  data = sock_recv(fd, 65536)   // after a timeout too: it never blocks
  if data == nil
    if sock_error(fd) != 0
      fail("receive failed: " + strerror(sock_error(fd)), fd)
    continue                    // no data yet: the server is only quiet
  if data == ""
    break                       // orderly close: the response is complete
  push(parts, data)
  total += len(data)
sock_close(fd)

resp = join(parts, "")
echo(resp)

head_len = find(resp, "\r\n\r\n")
status = "no HTTP header"
if head_len >= 0
  status = split(resp[0:head_len], "\r\n")[0]
  head_len += 4
else
  head_len = len(resp)
eprint("done: " + status + ", " + to_string(len(resp)) + " bytes (head " + to_string(head_len) +
  ", body " + to_string(len(resp) - head_len) + "), " + to_string(clock_mono_ms() - t0) + " ms")
