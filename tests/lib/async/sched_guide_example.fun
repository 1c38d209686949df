// env: FUN_LIB_DIR={root}/lib
// The asyncio guide's await-style client, unchanged except for the address,
// against a small HTTP server task that answers after a delay.
#include <async/scheduler.fun>
l = tcp_listen_host("127.0.0.1", 0, 8)
fd_set_nonblock(l, 1)
port = sock_port(l)

fun server_step(t)
  if t.phase == nil
    t.phase = 0
  if t.phase == 0
    if await_read(l, 5000) != 1
      t.done = 1
      return
    t.fd = tcp_accept(l)
    fd_set_nonblock(t.fd, 1)
    t.req = ""
    t.phase = 1
  if t.phase == 1
    if await_read(t.fd, 5000) != 1
      t.done = 1
      return
    d = sock_recv(t.fd, 4096)
    if d == nil
      return
    t.req += d
    if find(t.req, "\r\n\r\n") < 0
      return
    t.phase = 2
    async_sleep_mark(t, 40)     // answers later than the client's first read attempt
    return
  if t.phase == 2
    sock_send(t.fd, "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello")
    sock_close(t.fd)
    t.done = 1

fun my_task_step(t)
  if (t.phase == nil)
    t.phase = 0
  if (t.phase == 0)
    t.fd = tcp_connect("127.0.0.1", port)
    if (t.fd == 0)
      t.done = 1
      return
    fd_set_nonblock(t.fd, 1)
    t.phase = 1
    return
  if (t.phase == 1)
    if (await_write(t.fd, 50) == 1)
      sock_send(t.fd, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
      t.buf = ""
      t.phase = 2
    return
  if (t.phase == 2)
    rd = await_read(t.fd, 100)
    if (rd < 0)
      t.done = 1
      return
    if (rd == 0)
      // try a small read to detect EOF
      data = sock_recv(t.fd, 4096)
      t.timeouts = t.timeouts + 1
      if (len(data) == 0)
        t.done = 1
      else
        t.buf = t.buf + data
      return
    // readable
    data = sock_recv(t.fd, 4096)
    if (len(data) == 0)
      t.done = 1
    else
      t.buf = t.buf + data
    return

task_spawn(server_step, {})
task = task_spawn(my_task_step, {"timeouts": 0})
run_until_done()
print(replace(task.buf, "\r", ""))
print(task.timeouts)
// expect: HTTP/1.0 200 OK
// expect: Content-Length: 5
// expect:
// expect: hello
// expect: 0
// The client's await_read(fd, 100) waited for the answer (40 ms) instead of
// reporting a timeout at once; then EOF ended the task.
