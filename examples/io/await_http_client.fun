// The same HTTP GET as async_http_client.fun, written as a step function for
// the cooperative scheduler of lib/async/scheduler.fun (await_read/await_write),
// following the asyncio guide's skeleton (docs/asyncio.md).
//
// usage: FUN_LIB_DIR=./lib ./build/fun examples/io/await_http_client.fun [host [port [path]]]
//        (default: 127.0.0.1 8080 /, the example servers' default port)
//
// stdout: the response (status line, headers, body) byte for byte; stderr: one
// summary line `done: HTTP/1.1 200 OK, N bytes (head H, body B), T ms`, or
// `error: ...` with exit status 1.
//
// How the scheduler runs a step: await_read/await_write return at once when
// the fd is ready (1) or broken (-1). Otherwise they record what the task waits
// for and abandon the rest of the step; the scheduler calls the step again,
// from the top, when the fd is ready or the timeout has passed (the await then
// returns 0). So a step does one small thing per call and keeps its progress
// in the task map `t` (here `t.phase`).
#include <async/scheduler.fun>

POLL_MS = 1000        // await timeout; a quiet server just means another await
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

fun finish(t, err)
  if t.fd > 0
    sock_close(t.fd)
  t.error = err
  t.done = 1

fun http_step(t)
  if t.phase == nil
    t.phase = 0
    t.t0 = clock_mono_ms()
    t.fd = 0
  if clock_mono_ms() - t.t0 > DEADLINE_MS
    finish(t, "timed out in phase " + to_string(t.phase))
    return

  if t.phase == 0                       // connect, switch to non-blocking
    t.fd = tcp_connect(t.host, t.port)
    if t.fd == 0
      finish(t, "cannot connect to " + t.host + ":" + to_string(t.port) + ": " + net_last_error())
      return
    if fd_set_nonblock(t.fd, 1) == 0
      finish(t, "cannot make the socket non-blocking")
      return
    t.out = "GET " + t.path + " HTTP/1.1\r\nHost: " + t.host +
      "\r\nUser-Agent: fun-await-client\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    t.parts = []
    t.total = 0
    t.phase = 1
    return

  if t.phase == 1                       // send the request, maybe in pieces
    wr = await_write(t.fd, POLL_MS)
    if wr < 0
      finish(t, "poll error")
      return
    if wr == 0
      return                            // timeout: try again next time
    n = sock_send(t.fd, t.out)
    if n < 0
      finish(t, "send failed: " + strerror(sock_error(t.fd)))
      return
    t.out = substr(t.out, n, len(t.out) - n)
    if len(t.out) == 0
      t.phase = 2
    return

  if t.phase == 2                       // read until the server closes
    rd = await_read(t.fd, POLL_MS)
    if rd < 0
      finish(t, "poll error")
      return
    // readable (1) or timed out (0): a read never blocks and tells which
    data = sock_recv(t.fd, 65536)
    if data == nil
      if sock_error(t.fd) != 0
        finish(t, "receive failed: " + strerror(sock_error(t.fd)))
      return                            // no data yet: the server is only quiet
    if data == ""
      finish(t, nil)                    // orderly close: the response is complete
      return
    push(t.parts, data)
    t.total += len(data)
    return

task = task_spawn(http_step, {"host": host, "port": port, "path": path})
run_until_done()

if task.error != nil
  eprint("error: " + task.error)
  exit 1
resp = join(task.parts, "")
echo(resp)
head_len = find(resp, "\r\n\r\n")
status = "no HTTP header"
if head_len >= 0
  status = split(resp[0:head_len], "\r\n")[0]
  head_len += 4
else
  head_len = len(resp)
eprint("done: " + status + ", " + to_string(len(resp)) + " bytes (head " + to_string(head_len) +
  ", body " + to_string(len(resp) - head_len) + "), " + to_string(clock_mono_ms() - task.t0) + " ms")
