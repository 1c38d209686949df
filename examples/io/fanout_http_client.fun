// Fetch many URLs concurrently with the cooperative scheduler (lib/async/scheduler.fun):
// non-blocking connects (tcp_connect_nb + await_write + sock_error), requests
// and responses interleaved in one process, one poll per scheduler tick.
//
// usage: FUN_LIB_DIR=./lib ./build/fun examples/io/fanout_http_client.fun [options] URL...
//   URL        http://host[:port][/path]   (IPv6: http://[::1]:8080/)
//   -n N       fetch each URL N times (e.g. -n 200 http://127.0.0.1:8080/)
//   -c C       at most C connections at once (default: all requests at once)
//   -t MS      per-request timeout in ms (default 30000)
//   -q         quiet: only the summary line
//
// stdout: one line per request, in command-line order,
//   `200 OK       1234 bytes    3 ms  http://127.0.0.1:8080/a.txt`
//   `ERR connection refused  http://127.0.0.1:1/`
// (bytes = body bytes, after the header), then the summary
//   `requests 50, ok 50, failed 0, body bytes 61700, 23.4 ms, 2136 req/s`.
// A request is ok when a complete HTTP response arrived (any status; the body
// length must match Content-Length when the server sent one). Exit status:
// 0 all ok, 1 some failed, 2 usage error.
#include <async/scheduler.fun>

fun usage(msg)
  if msg != nil
    eprint("fanout_http_client: " + msg)
  eprint("usage: fanout_http_client.fun [-n N] [-c C] [-t MS] [-q] http://host[:port][/path] ...")
  exit 2

// "http://host:port/path" -> {"host", "port", "path", "hostport"} or nil
fun parse_url(u)
  if !starts_with(u, "http://")
    return nil
  rest = u[7:]
  path = "/"
  slash = find(rest, "/")
  if slash >= 0
    path = rest[slash:]
    rest = rest[0:slash]
  host = rest
  port = 80
  after = ""
  if starts_with(rest, "[")
    close = find(rest, "]")
    if close < 0
      return nil
    host = rest[1:close]
    after = rest[close + 1:]
  else
    colon = find(rest, ":")
    if colon >= 0
      host = rest[0:colon]
      after = rest[colon:]
  if after != ""
    if !starts_with(after, ":") || len(after) < 2
      return nil
    port = to_number(after[1:])
    if port <= 0 || port > 65535
      return nil
  if host == ""
    return nil
  return {"host": host, "port": port, "path": path, "hostport": rest}

fun pad_left(s, w)
  return repeat(" ", w - len(s)) + s

fun pad_right(s, w)
  return s + repeat(" ", w - len(s))

// ---- command line ----
repeat_n = 1
conc = 0
timeout_ms = 30000
quiet = false
urls = []
args = argv()
i = 0
while i < len(args)
  a = args[i]
  if a == "-n" || a == "-c" || a == "-t"
    if i + 1 >= len(args)
      usage(a + " needs a number")
    v = to_number(args[i + 1])
    if v <= 0
      usage("bad number for " + a + ": " + args[i + 1])
    if a == "-n"
      repeat_n = v
    else if a == "-c"
      conc = v
    else
      timeout_ms = v
    i += 2
    continue
  if a == "-q"
    quiet = true
  else if starts_with(a, "-")
    usage("unknown option " + a)
  else
    u = parse_url(a)
    if u == nil
      usage("not an http:// URL: " + a)
    u.url = a
    push(urls, u)
  i += 1
if len(urls) == 0
  usage(nil)

// One job per request; results are filled in by the workers.
jobs = []
for u in urls
  for k in range(repeat_n)
    push(jobs, {"u": u, "status": nil, "error": nil, "body": 0, "ms": 0})
if conc <= 0 || conc > len(jobs)
  conc = len(jobs)
queue = {"next": 0}

// ---- the worker task: takes the next job, runs it, takes the next... ----
// A step resumes from the top after every await that had to wait, so the
// progress of the current request lives in the task map w (w.phase).

fun start_job(w)
  if queue.next >= len(jobs)
    w.done = 1
    return false
  w.job = jobs[queue.next]
  queue.next += 1
  u = w.job.u
  w.t0 = clock_mono_ms()
  w.deadline = w.t0 + timeout_ms
  w.out = "GET " + u.path + " HTTP/1.1\r\nHost: " + u.hostport +
    "\r\nUser-Agent: fun-fanout\r\nAccept: */*\r\nConnection: close\r\n\r\n"
  w.head = ""          // bytes until the end of the header
  w.head_len = -1
  w.clen = -1          // Content-Length, -1 when absent
  w.got = 0            // bytes received in total
  w.fd = tcp_connect_nb(u.host, u.port)
  if w.fd == 0
    end_job(w, net_last_error())
    return true
  w.phase = 1
  return true

fun end_job(w, err)
  j = w.job
  if w.fd > 0
    sock_close(w.fd)
  w.fd = 0
  j.ms = clock_mono_ms() - w.t0
  if err != nil
    j.error = err
  else if w.head_len < 0
    j.error = "no HTTP header in " + to_string(w.got) + " bytes"
  else
    j.body = w.got - w.head_len
    if w.clen >= 0 && j.body != w.clen
      j.error = "short body: " + to_string(j.body) + " of " + to_string(w.clen) + " bytes"
  w.phase = 0

fun wait_ms(w)
  ms = w.deadline - clock_mono_ms()
  if ms < 1
    ms = 1
  return ms

// Parses the status line and Content-Length once the header is complete.
fun parse_head(w)
  e = find(w.head, "\r\n\r\n")
  if e < 0
    return nil
  w.head_len = e + 4
  lines = split(w.head[0:e], "\r\n")
  st = split(lines[0], " ")
  if len(st) < 2 || !starts_with(st[0], "HTTP/")
    w.job.error = "bad status line: " + lines[0]
    return nil
  w.job.status = join(st[1:], " ")
  for ln in lines[1:]
    if lower(ln[0:15]) == "content-length:"
      w.clen = to_number(trim(ln[15:]))
  w.head = ""

fun worker(w)
  while true
    if w.phase == 0                     // next request, non-blocking connect
      if !start_job(w)
        return nil
      continue
    if clock_mono_ms() > w.deadline
      end_job(w, "timed out")
      continue
    if w.phase == 1                     // connect finished?
      wr = await_write(w.fd, wait_ms(w))
      if wr != 1
        end_job(w, "connect timed out")
        continue
      e = sock_error(w.fd)
      if e != 0
        end_job(w, lower(strerror(e)))
        continue
      w.phase = 2
    if w.phase == 2                     // send the request, maybe in pieces
      n = sock_send(w.fd, w.out)
      if n < 0
        end_job(w, "send: " + lower(strerror(sock_error(w.fd))))
        continue
      w.out = substr(w.out, n, len(w.out) - n)
      if len(w.out) > 0
        if await_write(w.fd, wait_ms(w)) != 1
          end_job(w, "send timed out")
        continue
      w.phase = 3
    if w.phase == 3                     // read until close (or Content-Length)
      d = sock_recv(w.fd, 65536)
      if d == nil
        if sock_error(w.fd) != 0
          end_job(w, "recv: " + lower(strerror(sock_error(w.fd))))
          continue
        if await_read(w.fd, wait_ms(w)) != 1   // no data yet: wait for more
          end_job(w, "timed out")
        continue
      if d == ""
        end_job(w, nil)                 // closed by the server: complete
        continue
      w.got += len(d)
      if w.head_len < 0
        w.head += d
        parse_head(w)
      if w.head_len >= 0 && w.clen >= 0 && w.got - w.head_len >= w.clen
        end_job(w, nil)                 // whole body here: no need to wait for the close

t0 = clock_mono_us()
for k in range(conc)
  task_spawn(worker, {"phase": 0, "fd": 0})
run_until_done()
elapsed = clock_mono_us() - t0   // microseconds

ok = 0
failed = 0
bytes = 0
for j in jobs
  if j.error == nil
    ok += 1
    bytes += j.body
    if !quiet
      print(pad_right(j.status, 8) + " " + pad_left(to_string(j.body), 9) + " bytes " +
        pad_left(to_string(j.ms), 5) + " ms  " + j.u.url)
  else
    failed += 1
    if !quiet
      print("ERR " + j.error + "  " + j.u.url)
rate = 0
if elapsed > 0
  rate = ok * 1000000 / elapsed
print("requests " + to_string(len(jobs)) + ", ok " + to_string(ok) + ", failed " +
  to_string(failed) + ", body bytes " + to_string(bytes) + ", " + to_string(elapsed / 1000) + "." +
  to_string(elapsed / 100 % 10) + " ms, " +
  to_string(rate) + " req/s")
if failed > 0
  exit 1
