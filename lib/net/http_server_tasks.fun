// SPDX-License-Identifier: MIT
// net/http_server_tasks.fun: the task-per-connection model of the HTTP
// server (http_serve_tasks) over lib/async/scheduler.fun: one task accepts,
// one straight-line task per connection reads, answers and waits with the
// blocking-looking async_* helpers; each await parks only its own task. The
// requests themselves are the core's (http_server_core.fun).
#include <net/http_server_core.fun>

// Connections taken from the backlog per wake of the accepting task: enough
// to drain a burst, few enough that connection tasks get to run between.
__HTTP_TASK_ACCEPT_BATCH = 64
// The same server as straight-line tasks (lib/async/scheduler.fun): one task
// accepts, one task per connection reads, answers and waits with the
// blocking-looking async_* helpers; each await parks only its own task.
// Never returns.
fun http_serve_tasks(s)
  if s["tls_cert"] != nil && s["tls_ctx"] == nil
    // HTTPS: every connection's handshake runs in its own task
    s["tls_ctx"] = tls_server_ctx(s["tls_cert"], s["tls_key"])
  if s["lfd"] == 0
    http_listen(s)
  fd_set_nonblock(s["lfd"], 1)
  spawn(__http_accept_task, s)
  run_until_done()
  return nil

fun __http_accept_task(s)
  lfd = s["lfd"]
  while true
    fd = async_accept(lfd, nil)
    if fd < 0
      async_sleep(__HTTP_PAUSE_MS)   // out of fds or similar: let connections finish
      continue
    // drain the backlog while it lasts (the listener is non-blocking)
    __http_task_admit(s, fd)
    k = 1
    while k < __HTTP_TASK_ACCEPT_BATCH
      fd = tcp_accept(lfd)
      if fd <= 0
        break
      fd_set_nonblock(fd, 1)
      __http_task_admit(s, fd)
      k += 1
  return nil

// A task for a new connection, or (beyond max_conns) a short 503 and a
// close, so memory and descriptors stay bounded however many clients come.
fun __http_task_admit(s, fd)
  limit = s["max_conns"]
  if s["_task_conns"] == nil
    s["_task_conns"] = 0
  if s["_task_conns"] >= limit
    sock_send(fd, __HTTP_BUSY)
    sock_close(fd)
    return nil
  s["_task_conns"] = s["_task_conns"] + 1
  spawn(__http_conn_counted, s, fd)
  return nil

fun __http_conn_counted(s, fd)
  try
    __http_conn_task(s, fd)
  finally
    s["_task_conns"] = s["_task_conns"] - 1
  return nil

// Starts job (a CGI run) in a helper thread for connection c; without a pipe
// runs it inline.
fun __http_task_job(s, c, job)
  while job != nil
    p = fd_pipe()
    if p != nil
      c.cgi_run = [p[0], thread_spawn(__http_cgi_thread, [job, p[1]]), p[1]]
      return nil
    http_conn_cgi_done(s, c, http_cgi_run(job))
    job = http_conn_input(s, c, nil, true)
  return nil

// Closes a connection: a TLS one with tls_close (it owns the fd).
fun __http_io_close(io)
  if typeof(io) == "Handle"
    tls_close(io)
  else
    sock_close(io)
  return nil

// The next piece of c's file over TLS (sendfile cannot encrypt): read at
// its offset, sent with async_send_all. false on an error or a stall.
fun __http_tls_file_step(c, io, ms)
  f = c.file
  piece = http_file_read(f[0], f[1], min(f[2], __HTTP_FILE_SLICE))
  if piece == nil || piece == "" || async_send_all(io, piece, ms) < len(piece)
    return false
  f[1] = f[1] + len(piece)
  f[2] = f[2] - len(piece)
  if f[2] <= 0
    sock_close(f[0])
    c.file = nil
  return true

// __http_close for tasks: the lingering read parks this task only.
fun __http_task_close(fd, linger)
  if typeof(fd) == "Handle"
    // TLS: close_notify and the close; no half-close to drain behind
    tls_close(fd)
    return nil
  if linger
    sock_shutdown(fd, "w")
    deadline = clock_mono_ms() + __HTTP_LINGER_MS
    got = 0
    while got < __HTTP_LINGER_BYTES
      left = deadline - clock_mono_ms()
      if left <= 0
        break
      d = async_recv(fd, __HTTP_RECV, left)
      if d == nil || d == ""
        break
      got += len(d)
  sock_close(fd)
  return nil

// One connection, start to end (or until a handler takes it over).
fun __http_conn_task(s, fd)
  c = http_conn_new(s, fd)
  // io: the fd, or its TLS connection (async_recv and async_send_all take
  // either)
  io = fd
  if s["tls_ctx"] != nil
    io = async_tls_accept(s["tls_ctx"], fd, s["header_timeout_ms"])
    if io == nil
      return nil   // no handshake in time, or a failed one (the fd is closed)
  while true
    cg = c.cgi_run
    if cg != nil
      // a CGI child runs in a helper thread; its pipe says when it is done
      await_read(cg[0], nil)
      c.cgi_run = nil
      try
        r = thread_join(cg[1])
      catch e
        r = {"out": "", "code": -1}
      sock_close(cg[0])
      sock_close(cg[2])
      http_conn_cgi_done(s, c, r)
      __http_task_job(s, c, http_conn_input(s, c, nil, true))
      continue
    out = c.out
    if out != ""
      c.out = ""
      if async_send_all(io, out, s["request_timeout_ms"]) < len(out)
        __http_io_close(io)
        return nil
      continue
    if c.file != nil
      // a static file streamed in pieces: one piece per writable wait
      if io != fd
        if __http_tls_file_step(c, io, s["request_timeout_ms"])
          continue
      else if await_write(fd, s["request_timeout_ms"]) == 1 && __http_file_step(c, fd) >= 0
        continue
      __http_file_drop(c)
      __http_io_close(io)
      return nil
    if c.upgrade != nil
      // the head of a take-over has gone: the handler runs in this task
      // and owns the socket from here
      c.fd = io   // a TLS connection goes over as it is
      http_conn_hand_over(c)
      return nil
    if c.closing
      __http_task_close(io, c.linger)
      return nil
    if c.held_back
      __http_task_job(s, c, http_conn_input(s, c, nil, true))
      continue
    idle = c.inbuf == "" && c.req == nil
    ms = s["keepalive_ms"]
    if !idle
      ms = max(1, s["request_timeout_ms"] - (clock_mono_ms() - c.req_start))
    data = async_recv(io, __HTTP_RECV, ms)
    if data == nil
      if io != fd && tls_error(io) != "" || io == fd && (sock_error(fd) != 0 ||
        net_last_error() != "")
        __http_io_close(io)
        return nil
      if idle
        __http_io_close(io)
        return nil
      http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
      continue
    if data == ""
      __http_io_close(io)
      return nil
    b = __http_fast(s, c, data, clock_mono_ms())
    if b != nil   // the common repeated static GET, as in http_serve_events
      c.served = c.served + 1
      if async_send_all(io, b, s["request_timeout_ms"]) < len(b)
        __http_io_close(io)
        return nil
      continue
    __http_task_job(s, c, http_conn_input(s, c, data, true))
  return nil

