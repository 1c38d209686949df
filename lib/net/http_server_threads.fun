// SPDX-License-Identifier: MIT
// net/http_server_threads.fun: the thread-pool model of the HTTP server
// (http_serve_threads) and the blocking one-connection server
// (http_serve_conn). The pool's main thread holds every connection that waits
// for a request head or streams a file, in one poll set as the event loop
// does (it shares __http_ev_flush with http_server_events.fun); n workers
// answer complete requests with blocking I/O, handlers and CGI in parallel.
// The requests themselves are the core's (http_server_core.fun).
#include <net/http_server_events.fun>

// Bytes read from a worker's channel at once (a job or reply carries the
// connection's unread input, up to max_header + 64 KiB).
__HTTP_CHAN_RECV = 262144
// How long the main thread waits for a worker to take a job (it only fails
// when the worker is stuck: its channel holds at most one job).
__HTTP_CHAN_SEND_MS = 5000

// Serves one connection with blocking I/O until it closes.
fun http_serve_conn(s, fd)
  return __http_serve_conn(s, fd, nil)

// With c nil: serves a new connection until it closes, giving way when idle
// while others wait on the listening socket. With c (a pool worker's job,
// a complete request head in c.inbuf): answers what c holds and returns c
// when it waits for the next head, streams a large file or lingers (the
// pool's main thread does that), nil once the connection is closed.
fun __http_serve_conn(s, fd, c)
  lfd = s["lfd"]
  back = c != nil
  if back
    lfd = 0
  // non-blocking, so that a client that stops reading cannot hold the
  // worker beyond request_timeout_ms (__http_send_all)
  fd_set_nonblock(fd, 1)
  if !back
    c = http_conn_new(s, fd)
  ka_ms = s["keepalive_ms"]
  rq_ms = s["request_timeout_ms"]
  hd_ms = s["header_timeout_ms"]
  while true
    if c.out != "" || c.file != nil
      ok = __http_send_all(fd, c.out, rq_ms)
      c.out = ""
      if back && ok && c.file != nil
        return c
      while ok && c.file != nil
        ok = __http_send_file(c, fd, rq_ms)
      if !ok
        __http_file_drop(c)
        sock_close(fd)
        return nil
    if c.upgrade != nil
      // the head of a take-over has gone: the handler runs in this thread
      // and owns the socket from here
      http_conn_hand_over(c)
      return nil
    if c.closing
      if back && c.linger
        return c
      __http_close(fd, c.linger)
      return nil
    if c.held_back
      http_conn_input(s, c, nil, false)
      continue
    if back && c.req == nil
      return c
    // wait for input
    idle = c.inbuf == "" && c.req == nil
    start = clock_mono_ms()
    got = false
    while true
      r = fd_poll_read(fd, __HTTP_POLL_SLICE_MS)
      if r != 0
        got = true
        break
      now = clock_mono_ms()
      if idle && c.served > 0
        // an idle keep-alive connection gives way to clients waiting (only
        // after an answer: a new connection waits for its first request)
        if now - start >= ka_ms || lfd > 0 && fd_poll_read(lfd, 0) > 0
          sock_close(fd)
          return nil
      else if idle
        if now - c.req_start >= hd_ms
          // nothing sent by the header deadline: close without an answer
          sock_close(fd)
          return nil
      else if c.req == nil && now - c.req_start >= hd_ms || now - c.req_start >= rq_ms
        http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
        break
    if !got
      continue
    data = sock_recv(fd, __HTTP_RECV)
    if data == nil && sock_error(fd) == 0
      continue
    if data == nil || data == ""
      sock_close(fd)
      return nil
    // clients are waiting for a worker: answer this request, then close
    c.force_close = lfd > 0 && fd_poll_read(lfd, 0) > 0
    http_conn_input(s, c, data, false)

// Sends all of data on the non-blocking fd; false on an error or when the
// client takes nothing for ms milliseconds.
fun __http_send_all(fd, data, ms)
  while data != ""
    n = sock_send(fd, data)
    if n < 0
      return false
    if n == 0
      if fd_poll_write(fd, ms) != 1
        return false
    else if n >= len(data)
      return true
    else
      data = substr(data, n, len(data) - n)
  return true

// Streams the rest of c's file on the non-blocking fd (as __http_send_all).
fun __http_send_file(c, fd, ms)
  while c.file != nil
    n = __http_file_step(c, fd)
    if n < 0
      return false
    if n == 0 && fd_poll_write(fd, ms) != 1
      return false
  return true

// Closes after an error answer without losing it to a reset: half-close, then
// read and discard what the client still sends (at most 1 MiB or 2 s).
fun __http_close(fd, linger)
  if linger
    sock_shutdown(fd, "w")
    t0 = clock_mono_ms()
    got = 0
    while clock_mono_ms() - t0 < __HTTP_LINGER_MS && got < __HTTP_LINGER_BYTES
      if fd_poll_read(fd, __HTTP_POLL_SLICE_MS) > 0
        d = sock_recv(fd, __HTTP_RECV)
        if d == nil || d == ""
          break
        got += len(d)
  sock_close(fd)

// A pool worker: takes jobs from its channel ch (a socket pair with the
// main thread), "fd reqs rt addr port len\n" + the bytes received so far,
// answers them and replies "I\n" (connection closed) or "B fd reqs rt close
// linger file_fd file_off file_left len\n" + unread bytes (handed back).
fun __http_pool_worker(s, wid, ch)
  buf = ""
  while true
    job = __http_chan_read(ch, buf)
    if job == nil
      return nil
    buf = job[2]
    f = split(job[0], " ")
    fd = to_number(f[0])
    c = HttpConn(fd)
    c.addr = f[3]
    c.port = f[4]
    c.last_io = clock_mono_ms()
    c.req_start = to_number(f[2])
    c.served = to_number(f[1])
    reply = "I\n"
    try
      http_conn_input(s, c, job[1], false)
      c = __http_serve_conn(s, fd, c)
      if c != nil
        ff = [-1, 0, 0]
        if c.file != nil
          ff = c.file
        reply = "B " + join([fd, c.served, c.req_start, to_number(c.closing),
          to_number(c.linger), ff[0], ff[1], ff[2], len(c.inbuf)], " ") + "\n" + c.inbuf
    catch e
      eprint("http worker " + to_string(wid) + ": " + to_string(e))
      if c != nil
        __http_file_drop(c)
      sock_close(fd)
    if !__http_send_all(ch, reply, -1)
      return nil

// One message from the channel ch: [header line, payload, rest of buf]
// (payload length: the header's last field), nil when ch closed.
fun __http_chan_read(ch, buf)
  while true
    m = __http_chan_try(buf)
    if m != nil
      return m
    fd_poll_read(ch, -1)
    d = sock_recv(ch, __HTTP_CHAN_RECV)
    if d == ""
      return nil
    if d != nil
      buf = buf + d

// Whether c.inbuf holds a complete request head (or enough bytes that a
// worker must answer 414/431).
fun __http_head_ready(s, c)
  buf = c.inbuf
  if buf == ""
    return false
  return find(buf, "\r\n\r\n") >= 0 || find(buf, "\n\n") >= 0 || len(buf) > s["max_header"] ||
    len(buf) > __HTTP_LINE_MAX && find(buf, "\n") < 0

// Thread pool: the main thread accepts and holds every connection while it
// waits for a request head (new, idle keep-alive, head in progress) and while
// a large file streams to it or it lingers, all in one poll set as the event
// loop does; n worker threads take the connections whose head is complete,
// answer with blocking I/O (handlers and CGI scripts run there, in parallel)
// and hand them back. Slow or idle clients hold no worker. Never returns.
fun http_serve_threads(s, n)
  if s["lfd"] == 0
    http_listen(s)
  lfd = s["lfd"]
  fd_set_nonblock(lfd, 1)
  ps = pollset_new()
  pollset_add(ps, lfd, "r")
  chans = {}
  idle = []
  for i in range(0, n)
    p = sock_pair()
    if p == nil
      throw "http_serve_threads: cannot create a socket pair: " + net_last_error()
    fd_set_nonblock(p[0], 1)
    chans[to_string(p[0])] = {"ch": p[0], "buf": "", "id": i}
    thread_spawn(__http_pool_worker, [s, i, p[1]])
    pollset_add(ps, p[0], "r")
    push(idle, p[0])
  conns = {}
  ready = []
  busy = 0
  ka_ms = s["keepalive_ms"]
  rq_ms = s["request_timeout_ms"]
  hd_ms = s["header_timeout_ms"]
  max_conns = s["max_conns"]
  last_sweep = clock_mono_ms()
  paused = 0
  while true
    wait = __HTTP_WAIT_MS
    if paused > 0
      wait = __HTTP_PAUSE_MS
    evs = pollset_wait(ps, wait)
    for ev in evs
      fd = ev[0]
      key = to_string(fd)
      if fd == lfd
        k = 0
        while k < __HTTP_ACCEPT_BATCH
          cfd = tcp_accept(lfd)
          if cfd < 0
            pollset_remove(ps, lfd)
            paused = clock_mono_ms() + __HTTP_PAUSE_MS
            break
          if cfd == 0
            break
          k += 1
          fd_set_nonblock(cfd, 1)
          if len(conns) + busy >= max_conns
            sock_send(cfd, __HTTP_BUSY)
            sock_close(cfd)
            continue
          c = http_conn_new(s, cfd)
          c.interest = "r"
          conns[to_string(cfd)] = c
          pollset_add(ps, cfd, "r")
        continue
      w = chans[key]
      if w != nil
        // replies of a worker: it is idle again, maybe with a connection back
        d = sock_recv(fd, __HTTP_CHAN_RECV)
        if d == nil || d == ""
          continue
        w["buf"] = w["buf"] + d
        while true
          m = __http_chan_try(w["buf"])
          if m == nil
            break
          w["buf"] = m[2]
          busy -= 1
          push(idle, fd)
          f = split(m[0], " ")
          if f[0] == "B"
            c = http_conn_new(s, to_number(f[1]))
            c.served = to_number(f[2])
            c.req_start = to_number(f[3])
            c.closing = f[4] == "1"
            c.linger = f[5] == "1"
            if to_number(f[6]) >= 0
              c.file = [to_number(f[6]), to_number(f[7]), to_number(f[8])]
            c.inbuf = m[1]
            conns[to_string(c.fd)] = c
            __http_pool_next(s, ps, conns, ready, c)
        continue
      c = conns[key]
      if c == nil
        continue
      if ev[1] == "w"
        __http_pool_next(s, ps, conns, ready, c)
        continue
      data = sock_recv(fd, __HTTP_RECV)
      if data == nil
        if sock_error(fd) != 0
          __http_ev_close(ps, conns, c)
        continue
      if data == ""
        if c.out == "" && c.file == nil
          __http_ev_close(ps, conns, c)
          continue
        c.closing = true
        c.linger = false
        __http_ev_flush(s, ps, conns, c)
        continue
      now = clock_mono_ms()
      c.last_io = now
      if c.lingering || c.closing
        continue
      if c.inbuf == "" && c.served > 0
        c.req_start = now
      c.inbuf = c.inbuf + data
      if c.queued && len(c.inbuf) > s["max_header"] + __HTTP_RECV
        // waiting for a worker: read no more until one takes it
        pollset_remove(ps, fd)
        c.interest = ""
        continue
      __http_pool_next(s, ps, conns, ready, c)
    // hand complete heads to idle workers
    while len(idle) > 0 && len(ready) > 0
      c = ready[0]
      ready = ready[1:]
      key = to_string(c.fd)
      if conns[key] != c
        continue
      remove(conns, key)
      pollset_remove(ps, c.fd)
      ch = idle[len(idle) - 1]
      pop(idle)
      busy += 1
      msg = join([c.fd, c.served, c.req_start, c.addr, c.port, len(c.inbuf)], " ") + "\n" +
        c.inbuf
      if !__http_send_all(ch, msg, __HTTP_CHAN_SEND_MS)
        eprint("http_serve_threads: a worker stopped taking jobs")
    now = clock_mono_ms()
    if paused > 0 && now >= paused
      paused = 0
      pollset_add(ps, lfd, "r")
    if now - last_sweep >= __HTTP_SWEEP_MS
      last_sweep = now
      for c in values(conns)
        if c.queued
          continue
        if c.lingering
          if now - c.req_start >= __HTTP_LINGER_MS
            __http_ev_close(ps, conns, c)
          continue
        if c.out != "" || c.file != nil || c.closing
          if now - c.last_io >= rq_ms
            __http_ev_close(ps, conns, c)
          continue
        if c.inbuf == ""
          if c.served == 0 && now - c.req_start >= hd_ms || c.served > 0 && now - c.last_io >= ka_ms
            __http_ev_close(ps, conns, c)
        else if now - c.req_start >= hd_ms
          http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
          __http_ev_flush(s, ps, conns, c)
  return nil

// A complete message at the start of buf, as __http_chan_read, or nil.
fun __http_chan_try(buf)
  nl = find(buf, "\n")
  if nl < 0
    return nil
  head = substr(buf, 0, nl)
  sp = split(head, " ")
  k = 0
  if len(sp) > 1
    k = to_number(sp[len(sp) - 1])
  if len(buf) - nl - 1 < k
    return nil
  return [head, substr(buf, nl + 1, k), substr(buf, nl + 1 + k, len(buf) - nl - 1 - k)]

// The pool's main thread after c changed: streams its output, then queues it
// for a worker once its next request head is complete.
fun __http_pool_next(s, ps, conns, ready, c)
  if c.out != "" || c.file != nil || c.closing
    __http_ev_flush(s, ps, conns, c)
    if c.out != "" || c.file != nil || c.closing || conns[to_string(c.fd)] != c
      return nil
  if !c.queued && __http_head_ready(s, c)
    c.queued = true
    push(ready, c)
    return nil
  if c.interest != "r"
    __http_ev_flush(s, ps, conns, c)

