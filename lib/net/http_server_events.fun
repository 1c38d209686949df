// SPDX-License-Identifier: MIT
// net/http_server_events.fun: the event-loop model of the HTTP server
// (http_serve_events): one thread, non-blocking sockets, one poll set over
// the listening socket, every connection and the CGI helper pipes; output
// back-pressure, idle and request timeouts. http_serve_loops runs n such
// loops on n threads for every core. The requests themselves are the core's
// (http_server_core.fun).
#include <net/http_server_core.fun>

// Closes c and forgets it.
fun __http_ev_close(ps, conns, c)
  fd = c.fd
  __http_file_drop(c)
  pollset_remove(ps, fd)
  sock_close(fd)
  remove(conns, to_string(fd))

// Flushes c's output, updates its poll interest, closes it when done.
fun __http_ev_flush(s, ps, conns, c)
  fd = c.fd
  out = c.out
  if out != ""
    // send from offset off, at most 1 MiB copied per call: big files go out
    // in linear time however slowly the client reads
    off = c.out_off
    left = len(out) - off
    if off == 0 && left <= __HTTP_SEND_SLICE
      n = sock_send(fd, out)
    else
      n = sock_send(fd, substr(out, off, min(left, __HTTP_SEND_SLICE)))
    if n < 0
      __http_ev_close(ps, conns, c)
      return nil
    if n > 0
      c.last_io = clock_mono_ms()
      if n >= left
        out = ""
        c.out = ""
        c.out_off = 0
        if c.file == nil && c.interest == "r" && !c.closing && !c.held_back && c.cgi_job == nil &&
          c.upgrade == nil
          // the common end of a request: all sent, the connection reads on
          // as it did
          return nil
      else
        c.out_off = off + n
  if out == "" && c.file != nil
    n = __http_file_step(c, fd)
    if n < 0
      __http_ev_close(ps, conns, c)
      return nil
    if n > 0
      c.last_io = clock_mono_ms()
  pending = out != "" || c.file != nil
  if !pending && c.upgrade != nil
    // the head of a take-over has gone: the handler owns the socket now
    if c.interest != ""
      pollset_remove(ps, fd)
    remove(conns, to_string(fd))
    http_conn_hand_over(c)
    return nil
  if !pending && c.closing && c.cgi_job == nil && !c.lingering
    if !c.linger
      __http_ev_close(ps, conns, c)
      return nil
    sock_shutdown(fd, "w")
    c.lingering = true
    c.req_start = clock_mono_ms()
  // interest: read while requests may come (not during a CGI run), write
  // while output is pending; a lingering connection reads to discard
  want = ""
  if c.lingering || !c.closing && c.cgi_job == nil && !c.held_back && c.upgrade == nil
    want = "r"
  if pending
    want = want + "w"
  if want != c.interest
    if want == ""
      pollset_remove(ps, fd)
    else
      pollset_add(ps, fd, want)
    c.interest = want
  return nil

// Feeds data (or nil) to c, starts a CGI helper thread when a request needs
// one, flushes; repeats while requests held back by the output limit can go.
fun __http_ev_run(s, ps, conns, jobs, c, data)
  while true
    job = http_conn_input(s, c, data, true)
    data = nil
    if job != nil
      p = fd_pipe()
      if p == nil
        http_conn_cgi_done(s, c, http_cgi_run(job))
        continue
      tid = thread_spawn(__http_cgi_thread, [job, p[1]])
      jobs[to_string(p[0])] = [c, tid, p[1]]
      pollset_add(ps, p[0], "r")
    __http_ev_flush(s, ps, conns, c)
    if !c.held_back || c.out != "" || c.file != nil || conns[to_string(c.fd)] != c
      return nil

// One thread, non-blocking sockets, one poll set over the listening socket,
// every connection and the CGI helper pipes. Never returns.
fun http_serve_events(s)
  if s["lfd"] == 0
    http_listen(s)
  lfd = s["lfd"]
  fd_set_nonblock(lfd, 1)
  ps = pollset_new()
  pollset_add(ps, lfd, "r")
  conns = {}
  jobs = {}
  // fdkeys[fd] is to_string(fd), made once per descriptor number: the key
  // of conns without a String (and its hash) per event
  fdkeys = []
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
      if fd == lfd
        k = 0
        while k < __HTTP_ACCEPT_BATCH
          cfd = tcp_accept(lfd)
          if cfd < 0
            // out of descriptors (or another error): stop accepting for
            // 100 ms instead of spinning on the readable listener
            pollset_remove(ps, lfd)
            paused = clock_mono_ms() + __HTTP_PAUSE_MS
            break
          if cfd == 0
            break
          k += 1
          fd_set_nonblock(cfd, 1)
          if len(conns) >= max_conns
            // full: a short 503 and a close, so memory and descriptors stay
            // bounded however many clients come
            sock_send(cfd, __HTTP_BUSY)
            sock_close(cfd)
            continue
          c = http_conn_new(s, cfd)
          c.interest = "r"
          while len(fdkeys) <= cfd
            push(fdkeys, to_string(len(fdkeys)))
          conns[fdkeys[cfd]] = c
          pollset_add(ps, cfd, "r")
        continue
      if fd < len(fdkeys)
        key = fdkeys[fd]
      else
        key = to_string(fd)
      c = conns[key]
      if c == nil
        j = jobs[key]
        if j == nil
          continue
        // a CGI helper thread finished
        remove(jobs, key)
        pollset_remove(ps, fd)
        try
          r = thread_join(j[1])
        catch e
          r = {"out": "", "code": -1}
        sock_close(fd)
        sock_close(j[2])
        c = j[0]
        if conns[to_string(c.fd)] != c
          continue
        http_conn_cgi_done(s, c, r)
        __http_ev_run(s, ps, conns, jobs, c, nil)
        continue
      if ev[1] == "w"
        __http_ev_run(s, ps, conns, jobs, c, nil)
        continue
      data = sock_recv(fd, __HTTP_RECV)
      if data == nil
        if sock_error(fd) != 0
          __http_ev_close(ps, conns, c)
        continue
      if data == ""
        if c.out == "" && c.file == nil && c.cgi_job == nil
          __http_ev_close(ps, conns, c)
          continue
        // the peer half-closed: finish what was asked, then close
        c.closing = true
        c.linger = false
        __http_ev_flush(s, ps, conns, c)
        continue
      now = clock_mono_ms()
      c.last_io = now
      if c.lingering || c.closing
        continue
      b = __http_fast(s, c, data, now)
      if b != nil
        c.served = c.served + 1
        sent = sock_send(fd, b)
        if sent < 0
          __http_ev_close(ps, conns, c)
        else if sent < len(b)
          c.out = b
          c.out_off = sent
          __http_ev_flush(s, ps, conns, c)
        continue
      __http_ev_run(s, ps, conns, jobs, c, data)
    now = clock_mono_ms()
    if paused > 0 && now >= paused
      paused = 0
      pollset_add(ps, lfd, "r")
    if now - last_sweep >= __HTTP_SWEEP_MS
      last_sweep = now
      for c in values(conns)
        if c.cgi_job != nil
          continue
        if c.lingering
          if now - c.req_start >= __HTTP_LINGER_MS
            __http_ev_close(ps, conns, c)
          continue
        if c.out != "" || c.file != nil || c.closing
          // output that makes no progress for request_timeout_ms: give up
          if now - c.last_io >= rq_ms
            __http_ev_close(ps, conns, c)
          continue
        if c.inbuf == "" && c.req == nil
          // a new connection that sent nothing by the header deadline, or
          // an idle keep-alive one: close without an answer
          if c.served == 0 && now - c.req_start >= hd_ms || c.served > 0 && now - c.last_io >= ka_ms
            __http_ev_close(ps, conns, c)
        else if c.req == nil && now - c.req_start >= hd_ms || now - c.req_start >= rq_ms
          http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
          __http_ev_flush(s, ps, conns, c)
  return nil


// ---------------------------------------------------------------- loops

// Every core: n event loops, each on a thread of its own (its own VM, ruling
// D28: its own copy of s, its own file cache, no state shared) with a
// listening socket of its own on the same port (SO_REUSEPORT: the kernel
// spreads new connections over the sockets). A loop owns the connections it
// accepted from start to end, so the request path takes no lock and adds
// nothing per request however many loops run. The calling thread runs the
// first loop. max_conns is shared out. Never returns.
fun http_serve_loops(s, n)
  if n <= 1
    return http_serve_events(s)
  if s["lfd"] == 0
    s["reuseport"] = true
    http_listen(s)
  if !s["reuseport"]
    throw "http_serve_loops: the listening socket was opened without reuseport"
  fds = [s["lfd"]]
  for i in range(1, n)
    lfd = tcp_listen_host(s["host"], s["port"], __HTTP_BACKLOG, true)
    if lfd <= 0
      throw "http_serve_loops: cannot listen on " + s["host"] + ":" + to_string(s["port"]) +
        " again: " + net_last_error()
    push(fds, lfd)
  s["max_conns"] = max(16, (s["max_conns"] + n - 1) / n)
  for i in range(1, n)
    // thread_spawn copies s now, with this loop's socket in it
    s["lfd"] = fds[i]
    thread_spawn(__http_loop_thread, [s, i])
  s["lfd"] = fds[0]
  return http_serve_events(s)

// A loop on its own thread. If it fails, its socket closes, so that the
// kernel sends new connections to the other loops.
fun __http_loop_thread(s, i)
  try
    http_serve_events(s)
  catch e
    eprint("http loop " + to_string(i) + ": " + to_string(e))
    sock_close(s["lfd"])
  return nil
