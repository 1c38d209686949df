// env: FUN_LIB_DIR={root}/lib
// 200 concurrent clients against an echo server task in the same scheduler.
#include <async/scheduler.fun>
N = 200
l = tcp_listen_host("127.0.0.1", 0, 512)
fd_set_nonblock(l, 1)
port = sock_port(l)
results = {"ok": 0, "bad": 0, "served": 0}

fun server(t)
  if await_read(l, 10000) != 1
    print("server timed out")
    t.done = 1
    return nil
  c = tcp_accept(l)
  while c > 0
    fd_set_nonblock(c, 1)
    task_spawn(echo, {"fd": c, "buf": ""})
    results.served += 1
    c = tcp_accept(l)
  if results.served == N
    t.done = 1

// echoes back everything, line by line, until EOF
fun echo(t)
  if await_read(t.fd, 10000) != 1
    print("echo timed out")
    sock_close(t.fd)
    t.done = 1
    return nil
  d = sock_recv(t.fd, 4096)
  if d == nil
    return nil
  if d == ""
    sock_close(t.fd)
    t.done = 1
    return nil
  sock_send(t.fd, d)

fun client(t)
  if t.phase == 0
    t.fd = tcp_connect_nb("127.0.0.1", port)
    t.phase = 1
  if t.phase == 1
    if await_write(t.fd, 10000) != 1 || sock_error(t.fd) != 0
      results.bad += 1
      t.done = 1
      return nil
    t.msg = "hello from " + to_string(t.id) + "\n"
    sock_send(t.fd, t.msg)
    t.phase = 2
  if t.phase == 2
    if await_read(t.fd, 10000) != 1
      results.bad += 1
      t.done = 1
      return nil
    d = sock_recv(t.fd, 4096)
    if d == nil
      return nil
    t.got += d
    if len(t.got) >= len(t.msg) || d == ""
      if t.got == t.msg
        results.ok += 1
      else
        results.bad += 1
      sock_close(t.fd)
      t.done = 1

task_spawn(server, {})
for i in range(N)
  task_spawn(client, {"id": i, "phase": 0, "got": ""})
t0 = clock_mono_ms()
run_until_done()
print(results)     // expect: {"ok": 200, "bad": 0, "served": 200}
print(clock_mono_ms() - t0 < 5000)   // expect: true
sock_close(l)
