// SPDX-License-Identifier: MIT
// net/http_server_core.fun: the request/response core of the HTTP/1.1 server
// (lib/net/http_cgi_server.fun includes it with the three concurrency models:
// http_server_events.fun, http_server_tasks.fun, http_server_threads.fun).
// The core knows nothing of sockets or polling: it turns bytes received on a
// connection (an HttpConn) into requests, answers them (static files,
// handlers, CGI jobs) and queues response bytes in the connection; each model
// moves those bytes and decides when to wait. docs/http_server.md describes
// the options, the request map, handler results and connection take-over.
//
// Requests: request line, headers (names lower-cased, repeated headers joined
// with ", "), body by Content-Length or chunked Transfer-Encoding (other
// transfer codings: 501). HTTP/1.1 keeps the connection open unless
// "Connection: close"; HTTP/1.0 only with "Connection: keep-alive"; "Expect:
// 100-continue" is answered. Pipelined requests are answered in order.
// Errors: 400 malformed (bad request line, header line, target, percent
// escape, Content-Length, missing Host in HTTP/1.1), 403 traversal or hidden
// files or a path whose realpath leaves the root, 404, 405 method not allowed
// for the resource, 408 timeout, 413 body too large, 414 request line too
// long, 431 headers too large, 501 unknown method or transfer coding, 505
// HTTP version. Error answers that end the connection come with
// "Connection: close".
//
// CGI (RFC 3875): a script path such as /hello.fun/extra?x=1 runs
// [exe, ROOT/hello.fun] as a child process (no shell; ruling D29) in the
// script's directory with the CGI/1.1 environment; the server's own
// environment is reduced to PATH, HOME, LANG, LC_*, TZ, TMPDIR, FUN_LIB_DIR
// and the sanitizer options. The request body is the child's stdin, its
// output (header lines, an empty line, the body) the response. A script that
// exits non-zero or prints no header block gives 500, a malformed header line
// 502, a timeout 504.

#include <async/scheduler.fun>


// Reason phrases: http_reason(code), a builtin (src/lib/http.c).

__HTTP_TYPES = {"html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
  "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
  "mjs": "text/javascript; charset=utf-8", "json": "application/json",
  "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
  "fun": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8",
  "xml": "application/xml", "svg": "image/svg+xml", "png": "image/png",
  "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
  "ico": "image/x-icon", "bmp": "image/bmp", "avif": "image/avif",
  "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
  "pdf": "application/pdf", "wasm": "application/wasm", "zip": "application/zip",
  "gz": "application/gzip", "tar": "application/x-tar", "mp3": "audio/mpeg",
  "ogg": "audio/ogg", "wav": "audio/wav", "mp4": "video/mp4", "webm": "video/webm",
  "bin": "application/octet-stream"}

// The answer to a connection beyond max_conns.
__HTTP_BUSY = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n" +
  "Content-Length: 21\r\nRetry-After: 1\r\nConnection: close\r\n\r\ntoo many connections\n"

__HTTP_HEX = {"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  "a": 10, "b": 11, "c": 12, "d": 13, "e": 14, "f": 15,
  "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15}

__HTTP_DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
__HTTP_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
  "Dec"]

// Environment variables a CGI child inherits from the server.
__HTTP_ENV_KEEP = {"PATH": 1, "HOME": 1, "LANG": 1, "LC_ALL": 1, "LC_CTYPE": 1, "TZ": 1,
  "TMPDIR": 1, "FUN_LIB_DIR": 1, "ASAN_OPTIONS": 1, "UBSAN_OPTIONS": 1, "LSAN_OPTIONS": 1}

// Timing and size constants shared by the models (the options in
// http_server_new are the ones users tune; these are the server's own).
__HTTP_CACHE_MS = 1000          // a cached static response is fresh this long
__HTTP_CACHE_ENTRIES = 512      // files in the per-thread cache before it restarts
__HTTP_OUT_HOLD = 1048576       // output queued beyond which requests wait
__HTTP_SEND_SLICE = 1048576     // most bytes copied per send of queued output
__HTTP_FILE_SLICE = 262144      // most bytes of a file per sendfile step
__HTTP_RECV = 16384             // bytes asked of one recv (sock_recv reads up to 16 KiB
                                // into a stack buffer, more into a malloc'd one)
__HTTP_LINE_MAX = 8192          // request line beyond: 414 (the same in src/lib/http.c)
__HTTP_CHUNK_LINE_MAX = 4096    // chunk-size line beyond: 400
__HTTP_MAX_FIELDS = 100         // header fields beyond: 431 (likewise)
__HTTP_LINGER_MS = 2000         // after an error answer, read and discard this long
__HTTP_LINGER_BYTES = 1048576   // ... or this many bytes, whichever comes first
__HTTP_WAIT_MS = 500            // an event loop's poll timeout when nothing is due
__HTTP_PAUSE_MS = 100           // accepting stops this long when accept fails (no fds)
__HTTP_SWEEP_MS = 250           // timeouts are checked this often
__HTTP_ACCEPT_BATCH = 256       // connections accepted per readable listener event
__HTTP_POLL_SLICE_MS = 100      // a blocking wait looks at its deadlines this often
__HTTP_BACKLOG = 1024           // listen() queue of each listening socket

// Header fields every static response shares (read, never changed: the
// variants copy the lists they change).
__HTTP_ACCEPT_RANGES = ["Accept-Ranges", "bytes"]
__HTTP_VARY = ["Vary", "Accept-Encoding"]

// ---------------------------------------------------------------- helpers

// Content type for a file name (by extension, case-insensitive).
fun http_content_type(name)
  ext = http_ext(name)
  if ext == nil
    return "application/octet-stream"
  t = __HTTP_TYPES[ext]
  if t == nil
    return "application/octet-stream"
  return t

// "%41b+c" -> "Ab+c" (path decoding: "+" stays); nil when an escape is malformed.
fun http_pct_decode(s)
  p = find(s, "%")
  if p < 0
    return s
  parts = []
  start = 0
  n = len(s)
  while p >= 0
    if p + 2 >= n
      return nil
    hi = __HTTP_HEX[s[p + 1]]
    lo = __HTTP_HEX[s[p + 2]]
    if hi == nil || lo == nil
      return nil
    push(parts, substr(s, start, p - start))
    push(parts, chr(hi * 16 + lo))
    start = p + 3
    p = find(s, "%", start)
  push(parts, substr(s, start, n - start))
  return join(parts, "")

// Escapes & < > " for HTML text.
fun http_escape_html(s)
  s = replace(s, "&", "&amp;")
  s = replace(s, "<", "&lt;")
  s = replace(s, ">", "&gt;")
  return replace(s, "\"", "&quot;")

// RFC 7231 date for Unix time secs (UTC): "Sun, 06 Nov 1994 08:49:37 GMT".
fun http_date(secs)
  days = secs / 86400
  rem = secs % 86400
  wd = __HTTP_DAYS[days % 7]
  // civil_from_days (Howard Hinnant)
  z = days + 719468
  era = z / 146097
  doe = z - era * 146097
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
  y = yoe + era * 400
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
  mp = (5 * doy + 2) / 153
  d = doy - (153 * mp + 2) / 5 + 1
  m = mp + 3
  if mp >= 10
    m = mp - 9
  if m <= 2
    y += 1
  return wd + ", " + __http_pad2(d) + " " + __HTTP_MONTHS[m - 1] + " " + to_string(y) + " " +
    __http_pad2(rem / 3600) + ":" + __http_pad2(rem % 3600 / 60) + ":" + __http_pad2(rem % 60) +
    " GMT"

fun __http_pad2(n)
  if n < 10
    return "0" + to_string(n)
  return to_string(n)

// Whether s is a non-empty run of ASCII digits.
fun __http_digits(s)
  if s == "" || len(s) > 15
    return false
  for ch in s
    if ch < "0" || ch > "9"
      return false
  return true

// Whether s is a non-empty HTTP token (method or header name).
fun __http_token(s)
  if s == ""
    return false
  for ch in s
    if ch <= " " || ch > "~" || find("\"(),/:;<=>?@[\\]{}", ch) >= 0
      return false
  return true

// The script file of this process (for paths relative to it), or nil.
fun http_script_path()
  cmd = read_file("/proc/self/cmdline")
  if cmd == nil
    return nil
  args = split(cmd, chr(0))
  i = 1
  while i < len(args)
    a = args[i]
    if a != "" && a[0] != "-"
      return a
    i += 1
  return nil

// Directory part of a path ("." when it has none).
fun http_dirname(p)
  i = len(p) - 1
  while i >= 0 && p[i] != "/"
    i -= 1
  if i < 0
    return "."
  if i == 0
    return "/"
  return substr(p, 0, i)

// ---------------------------------------------------------------- server

fun http_server_new(opts)
  s = {"host": "127.0.0.1", "port": 8080, "root": ".", "cgi": true, "cgi_ext": ".fun",
    "exe": nil, "index": ["index.html", "index.htm", "index.fun"], "max_header": 16384,
    "max_body": 1048576, "keepalive_ms": 10000, "request_timeout_ms": 10000,
    "cgi_timeout_ms": 10000, "header_timeout_ms": 10000, "max_conns": nil,
    "small_file": 262144, "cache_bytes": 16777216, "cache": true, "gzip": true, "log": false,
    "server_name": "fun-http"}
  if typeof(opts) == "Map"
    for (k, v) in opts
      s[k] = v
  if s["gzip"]
    // without zlib (D31) the server answers uncompressed
    try
      gzip_compress("")
    catch e
      s["gzip"] = false
  rp = realpath(s["root"])
  if rp == nil || !is_dir(rp)
    throw "http_server_new: document root not found: " + to_string(s["root"])
  s["root_real"] = rp
  if ends_with(rp, "/")
    s["root_prefix"] = rp
  else
    s["root_prefix"] = rp + "/"
  if s["exe"] == nil
    exe = realpath("/proc/self/exe")
    if exe == nil
      exe = env("FUN_EXECUTABLE")
      if find(exe, "/") >= 0 && realpath(exe) != nil
        exe = realpath(exe)
    if exe == nil || exe == ""
      exe = "fun"
    s["exe"] = exe
  base = {}
  for (k, v) in env_all()
    if has(__HTTP_ENV_KEEP, k) || starts_with(k, "LC_")
      if k == "FUN_LIB_DIR"
        dirs = []
        for d in split(v, ":")
          if d != "" && realpath(d) != nil
            d = realpath(d)
          push(dirs, d)
        v = join(dirs, ":")
    else
      v = nil
    base[k] = v
  s["cgi_env"] = base
  s["routes"] = {}
  s["prefix_routes"] = []
  s["lfd"] = 0
  s["_fcache"] = {}
  s["_fcache_bytes"] = 0
  if s["max_conns"] == nil
    // descriptors left for files, pipes and CGI children
    lim = fd_limit()
    s["max_conns"] = 10000
    if lim > 0
      s["max_conns"] = max(16, min(10000, lim - 64))
  s["_date_sec"] = -1
  s["_date"] = ""
  s["_lm_sec"] = -1
  s["_lm"] = ""
  s["_lm_field"] = ["Last-Modified", ""]
  return s

// Registers fn(req) for a path: exact, or every path under a prefix when the
// path ends with "*" ("/api/*").
fun http_route(s, path, handler)
  if ends_with(path, "*")
    push(s["prefix_routes"], [substr(path, 0, len(path) - 1), handler])
  else
    s["routes"][path] = handler
  return s

// Opens the listening socket; throws when it cannot. Returns the fd.
fun http_listen(s)
  lfd = tcp_listen_host(s["host"], s["port"], __HTTP_BACKLOG, s["reuseport"] == true)
  if lfd <= 0
    throw "http_listen: cannot listen on " + s["host"] + ":" + to_string(s["port"]) + ": " +
      net_last_error()
  s["lfd"] = lfd
  s["port"] = sock_port(lfd)
  return lfd

fun http_url(s)
  h = s["host"]
  if find(h, ":") >= 0
    h = "[" + h + "]"
  scheme = "http://"
  if s["tls_cert"] != nil
    scheme = "https://"
  return scheme + h + ":" + to_string(s["port"]) + "/"

// ---------------------------------------------------------------- parsing

// Parses the head of a request (request line and header lines, without the
// blank line). Returns the request map, or {"error": status, "msg": text}.
fun http_parse_head(s, head)
  // split, checked and mapped in C (src/lib/http.c): method token, target
  // bytes, HTTP version, header syntax, repeated fields, Content-Length,
  // Transfer-Encoding, Host, the path's percent escapes, keep-alive
  return http_request_map(head, s["max_body"])

// ---------------------------------------------------------------- responses

// An error response: a small HTML page. close: end the connection after it.
fun http_error(status, msg, close)
  r = http_reason(status)
  body = "<!DOCTYPE html>\n<html><head><title>" + to_string(status) + " " + r +
    "</title></head>\n<body><h1>" + to_string(status) + " " + r + "</h1>\n<p>" +
    http_escape_html(msg) + "</p></body></html>\n"
  return {"status": status, "type": "text/html; charset=utf-8", "headers": [], "body": body,
    "close": close}

// Normalises what a handler returned into a response map.
fun __http_norm(res)
  t = typeof(res)
  if t == "String"
    return {"status": 200, "type": "text/html; charset=utf-8", "headers": [], "body": res}
  if t != "Map"
    return http_error(500, "handler returned " + t, false)
  if res["status"] == nil
    res["status"] = 200
    if res["upgrade"] != nil
      res["status"] = 101
  if res["headers"] == nil
    res["headers"] = []
  if typeof(res["headers"]) == "Map"
    hs = []
    for (k, v) in res["headers"]
      push(hs, [k, to_string(v)])
    res["headers"] = hs
  if res["body"] == nil
    res["body"] = ""
  if typeof(res["body"]) != "String"
    res["body"] = to_string(res["body"])
  if res["type"] == nil && res["body"] != ""
    res["type"] = "text/html; charset=utf-8"
  return res

// The bytes of a response to req (req nil: an error before a request was
// parsed). keep_alive false or res["close"]: "Connection: close".
fun http_response_bytes(s, req, res, keep_alive)
  st = res["status"]
  now = time_now_ms() / 1000
  if now != s["_date_sec"]
    s["_date_sec"] = now
    s["_date"] = http_date(now)
  // a cached static response is rendered once per second per variant
  memo = nil
  if res["_cached"]
    mk = "0"
    if keep_alive && !res["close"]
      mk = "1"
    if req != nil
      mk = mk + req["method"] + req["version"]
    memo = res["_memo"]
    if memo == nil || res["_memo_sec"] != now
      memo = {}
      res["_memo"] = memo
      res["_memo_sec"] = now
    b = memo[mk]
    if b != nil
      return b
    b = __http_render(s, req, res, keep_alive, st)
    memo[mk] = b
    return b
  // __http_render's C call inline: the path of every dynamic response
  b = http_render(res, req, keep_alive, s["server_name"], s["_date"])
  if b != nil
    return b
  return __http_render_fun(s, req, res, keep_alive, st)

fun __http_render(s, req, res, keep_alive, st)
  // in one C call when res is made of what it should be (src/lib/http.c);
  // else in Fun, where a wrong value raises its error
  b = http_render(res, req, keep_alive, s["server_name"], s["_date"])
  if b != nil
    return b
  return __http_render_fun(s, req, res, keep_alive, st)

// __http_render's Fun half: what http_render returned nil for
fun __http_render_fun(s, req, res, keep_alive, st)
  out = ["HTTP/1.1 ", to_string(st), " ", http_reason(st), "\r\nServer: ", s["server_name"],
    "\r\nDate: ", s["_date"], "\r\n"]
  if res["type"] != nil
    push(out, "Content-Type: " + res["type"] + "\r\n")
  for h in res["headers"]
    push(out, h[0] + ": " + h[1] + "\r\n")
  body = res["body"]
  if res["upgrade"] != nil
    // a take-over (101 Switching Protocols or another status): the head
    // only; the handler's headers say what comes next (Connection: Upgrade)
    push(out, "\r\n")
    return join(out, "")
  if st != 204 && st != 304
    if res["file"] != nil
      push(out, "Content-Length: " + to_string(res["size"]) + "\r\n")
    else
      push(out, "Content-Length: " + to_string(len(body)) + "\r\n")
  if keep_alive && !res["close"]
    if req != nil && req["version"] == "HTTP/1.0"
      push(out, "Connection: keep-alive\r\n")
  else
    push(out, "Connection: close\r\n")
  push(out, "\r\n")
  if (req == nil || req["method"] != "HEAD") && st != 204 && st != 304
    push(out, body)
  return join(out, "")

// ---------------------------------------------------------------- dispatch

// Answers a parsed request: a response map, or {"cgi": job} when a CGI script
// must run (http_cgi_run(s, job) then http_cgi_response(result)).
fun http_dispatch(s, req)
  path = req["path"]
  h = s["routes"][path]
  if h == nil
    for pr in s["prefix_routes"]
      if starts_with(path, pr[0])
        h = pr[1]
        break
  if h != nil
    try
      return __http_norm(h(req))
    catch e
      eprint("http handler error: " + to_string(e))
      return http_error(500, "handler failed", false)
  m = req["method"]
  // static files answered within the last second come from a small cache
  // (no system call): a change on disk shows up within a second
  now = clock_mono_ms()
  if m == "GET" || m == "HEAD"
    hit = s["_fcache"][path]
    if hit != nil && now - hit[0] < __HTTP_CACHE_MS
      return __http_variant(s, req, hit[1])
  if path == "*"
    return {"status": 204, "headers": [["Allow", "GET, HEAD, POST, OPTIONS"]], "body": ""}
  // map the path onto the document root, segment by segment: rel is the
  // part below the root
  segs = split(path, "/")
  root = s["root_real"]
  rel = ""
  script = nil
  info = ""
  i = 0
  n = len(segs)
  while i < n
    seg = segs[i]
    i += 1
    if seg == "" || seg == "."
      continue
    if seg == ".."
      return http_error(403, "path traversal refused", false)
    if seg[0] == "."
      return http_error(403, "hidden files are not served", false)
    rel = rel + "/" + seg
    if s["cgi"] && ends_with(seg, s["cgi_ext"]) && i < n
      st = http_resolve(root, rel, -1)
      if st != nil && st[1] != "d"
        script = rel
        info = "/" + join(segs[i:], "/")
        break
  url = rel
  if url == ""
    url = "/"
  // GET and HEAD of a small file read it in the same call (a CGI script
  // is run, not read)
  rmax = -1
  if (m == "GET" || m == "HEAD") && script == nil
    rmax = s["small_file"]
  if rel == ""
    // the root itself: a directory (http_server_new checked it), no stat
    r = [root, "d", 0, 0, 0, nil]
  else
    r = http_resolve(root, rel, rmax)
  if r == nil
    return http_error(404, "no such file: " + path, false)
  rp = r[0]
  if rp != root && !starts_with(rp, s["root_prefix"])
    return http_error(403, "path leaves the document root", false)
  if r[1] == "d"
    if !ends_with(req["raw_path"], "/")
      loc = req["raw_path"] + "/"
      if req["query"] != ""
        loc = loc + "?" + req["query"]
      res = http_error(301, "moved to " + loc, false)
      push(res["headers"], ["Location", loc])
      return res
    found = nil
    for name in s["index"]
      ri = http_resolve(rp, "/" + name, rmax)
      if ri != nil && ri[1] != "d"
        found = name
        r = ri
        break
    if found == nil
      return http_error(403, "no index in directory", false)
    rp = r[0]
    if !starts_with(rp, s["root_prefix"])
      return http_error(403, "path leaves the document root", false)
    if !ends_with(url, "/")
      url = url + "/"
    url = url + found
  if s["cgi"] && ends_with(rp, s["cgi_ext"]) && script == nil
    script = rp
  if script != nil
    script = rp
    if m != "GET" && m != "HEAD" && m != "POST"
      res = http_error(405, m + " not allowed", false)
      push(res["headers"], ["Allow", "GET, HEAD, POST"])
      return res
    return {"cgi": http_cgi_job(s, req, script, url, info)}
  if m == "OPTIONS"
    return {"status": 204, "headers": [["Allow", "GET, HEAD, OPTIONS"]], "body": ""}
  if m != "GET" && m != "HEAD"
    res = http_error(405, m + " not allowed", false)
    push(res["headers"], ["Allow", "GET, HEAD, OPTIONS"])
    return res
  if r[1] != "f"
    return http_error(403, "file not readable", false)
  size = r[2]
  mtime = r[3]
  ctype = http_content_type(rp)
  // validators: the ETag names this version of the file (size and
  // modification time), Last-Modified its time in whole seconds
  etag = r[6]
  if mtime != s["_lm_sec"]
    // files mostly share a few times: the last one formatted is kept
    s["_lm_sec"] = mtime
    s["_lm"] = http_date(mtime)
    s["_lm_field"] = ["Last-Modified", s["_lm"]]
  hs = [["ETag", etag], s["_lm_field"], __HTTP_ACCEPT_RANGES]
  // files above small_file go out as a file response: the connection
  // streams it with sock_sendfile (HEAD never opens it); smaller ones are
  // read and cached, for HEAD too, so that its head is the GET's (the size
  // of the gzip variant included)
  if size > s["small_file"]
    res = {"status": 200, "type": ctype, "headers": hs, "body": "", "file": rp, "size": size,
      "_etag": etag, "_mtime": mtime}
    return __http_variant(s, req, res)
  data = r[5]
  if data == nil
    return http_error(403, "file not readable", false)
  res = {"status": 200, "type": ctype, "headers": hs, "body": data, "_etag": etag,
    "_mtime": mtime}
  if __http_gzip_type(s, ctype, len(data))
    push(hs, __HTTP_VARY)
    res["_gzip"] = true
  if !s["cache"]
    return __http_variant(s, req, res)
  res["_cached"] = true
  fc = s["_fcache"]
  if len(fc) >= __HTTP_CACHE_ENTRIES || s["_fcache_bytes"] + len(data) > s["cache_bytes"]
    fc = {}
    s["_fcache"] = fc
    s["_fcache_bytes"] = 0
  fc[path] = [now, res]
  s["_fcache_bytes"] = s["_fcache_bytes"] + len(data)
  return __http_variant(s, req, res)

// ---------------------------------------------------------------- representations

// Types worth compressing: text and the text-like application types.
// Images, fonts, archives and media are compressed already.
__HTTP_GZIP_TYPES = {"application/json": 1, "application/xml": 1, "image/svg+xml": 1,
  "application/wasm": 1, "application/javascript": 1, "application/manifest+json": 1}
__HTTP_GZIP_MIN = 256           // smaller bodies would not shrink enough to pay
__HTTP_MAX_RANGES = 16          // more ranges than this: the Range header is ignored
__HTTP_MONTH_NO = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
  "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// Whether a body of this type and size is sent gzip-compressed to clients
// that accept it (zlib built in, the gzip option on).
fun __http_gzip_type(s, ctype, size)
  if !s["gzip"] || size < __HTTP_GZIP_MIN || ctype == nil
    return false
  if starts_with(ctype, "text/")
    return true
  semi = find(ctype, ";")
  if semi >= 0
    ctype = trim(substr(ctype, 0, semi))
  return has(__HTTP_GZIP_TYPES, lower(ctype))

// Whether an Accept-Encoding value admits gzip (RFC 9110 12.5.3: "gzip",
// "x-gzip" or "*", with a q-value above 0).
fun __http_accepts_gzip(ae)
  if ae == nil
    return false
  for item in split(ae, ",")
    parts = split(item, ";")
    coding = lower(trim(parts[0]))
    if coding != "gzip" && coding != "x-gzip" && coding != "*"
      continue
    q = 1.0
    i = 1
    while i < len(parts)
      p = lower(trim(parts[i]))
      if starts_with(p, "q=")
        q = to_number(substr(p, 2, len(p) - 2))
        if typeof(q) != "Number" && typeof(q) != "Float"
          q = 0
      i += 1
    return q > 0
  return false

// Unix time of an HTTP date (RFC 9110 5.6.7: IMF-fixdate, the obsolete RFC
// 850 form with a two-digit year, or asctime), nil when s is none of them.
fun http_parse_date(s)
  t = []
  for w in split(replace(replace(s, ",", " "), "-", " "), " ")
    if w != ""
      push(t, w)
  if len(t) == 6 && t[5] == "GMT"
    day = t[1]
    mon = t[2]
    year = t[3]
    hms = t[4]
  else if len(t) == 5
    mon = t[1]
    day = t[2]
    hms = t[3]
    year = t[4]
  else
    return nil
  m = __HTTP_MONTH_NO[lower(mon)]
  hp = split(hms, ":")
  if m == nil || !__http_digits(day) || !__http_digits(year) || len(hp) != 3 ||
    !__http_digits(hp[0]) || !__http_digits(hp[1]) || !__http_digits(hp[2])
    return nil
  y = to_number(year)
  if len(year) == 2
    // RFC 850: a two-digit year more than 50 years ahead is in the past
    y += 1900
    if y < 1970
      y += 100
  d = to_number(day)
  if d < 1 || d > 31 || to_number(hp[0]) > 23 || to_number(hp[1]) > 59 || to_number(hp[2]) > 60
    return nil
  // days_from_civil (Howard Hinnant), the inverse of http_date's
  if m <= 2
    y -= 1
  era = y / 400
  yoe = y - era * 400
  mp = m + 9
  if m > 2
    mp = m - 3
  doy = (153 * mp + 2) / 5 + d - 1
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
  days = era * 146097 + doe - 719468
  return days * 86400 + to_number(hp[0]) * 3600 + to_number(hp[1]) * 60 + to_number(hp[2])

// The ranges of a Range value for a representation of size bytes: a list of
// [first, last] (inclusive, clipped to the size), "unsatisfiable" when none
// of them overlaps it, nil when the header is to be ignored (not bytes,
// malformed, too many ranges).
fun __http_ranges(value, size)
  v = trim(value)
  if !starts_with(lower(v), "bytes=")
    return nil
  specs = split(substr(v, 6, len(v) - 6), ",")
  if len(specs) > __HTTP_MAX_RANGES
    return nil
  out = []
  for sp in specs
    sp = trim(sp)
    if sp == ""
      continue
    dash = find(sp, "-")
    if dash < 0
      return nil
    a = trim(substr(sp, 0, dash))
    b = trim(substr(sp, dash + 1, len(sp) - dash - 1))
    if a == ""
      // a suffix: the last b bytes
      if !__http_digits(b)
        return nil
      n = to_number(b)
      if n > 0 && size > 0
        push(out, [max(0, size - n), size - 1])
      continue
    if !__http_digits(a) || b != "" && !__http_digits(b)
      return nil
    first = to_number(a)
    last = size - 1
    if b != ""
      last = to_number(b)
      if last < first
        return nil
      last = min(last, size - 1)
    if first < size
      push(out, [first, last])
  if len(out) == 0
    return "unsatisfiable"
  return out

// Whether an If-None-Match value lists etag (weak comparison, RFC 9110
// 13.1.2: W/ prefixes do not matter) or is "*".
fun __http_etag_listed(value, etag)
  if trim(value) == "*"
    return true
  for item in split(value, ",")
    item = trim(item)
    if starts_with(item, "W/")
      item = substr(item, 2, len(item) - 2)
    if item == etag
      return true
  return false

// The gzip variant of a static response (cached with it): its own ETag,
// Content-Encoding, the compressed body.
fun __http_gzip_variant(base)
  gz = base["_gzres"]
  if gz != nil
    return gz
  etag = substr(base["_etag"], 0, len(base["_etag"]) - 1) + "-gzip\""
  hs = []
  for h in base["headers"]
    if h[0] == "ETag"
      push(hs, ["ETag", etag])
    else
      push(hs, h)
  push(hs, ["Content-Encoding", "gzip"])
  gz = {"status": 200, "type": base["type"], "headers": hs, "body": gzip_compress(base["body"]),
    "_cached": base["_cached"], "_etag": etag, "_mtime": base["_mtime"]}
  base["_gzres"] = gz
  return gz

// The response to req from a static file's response base, in RFC 9110
// 13.2.2's order: 304 when the client's copy is current (If-None-Match,
// else If-Modified-Since), then 206 or 416 for a GET with Range (while
// If-Range, when given, still names this version), else base or its gzip
// variant (Accept-Encoding). The common request has none of these headers
// and gets base itself.
fun __http_variant(s, req, base)
  h = req["headers"]
  inm = h["if-none-match"]
  ims = h["if-modified-since"]
  rg = h["range"]
  gz = base["_gzip"] && __http_accepts_gzip(h["accept-encoding"])
  if inm == nil && ims == nil && rg == nil && !gz
    return base
  sel = base
  if gz
    sel = __http_gzip_variant(base)
  if inm != nil
    // either variant's tag: a copy of the identity body is as current
    if __http_etag_listed(inm, base["_etag"])
      return __http_not_modified(base)
    if gz && __http_etag_listed(inm, sel["_etag"])
      return __http_not_modified(sel)
  else if ims != nil
    t = http_parse_date(ims)
    if t != nil && base["_mtime"] <= t
      return __http_not_modified(sel)
  if rg != nil && req["method"] == "GET"
    ifr = h["if-range"]
    if ifr == nil || trim(ifr) == base["_etag"] || trim(ifr) == http_date(base["_mtime"])
      // ranges are of the identity body: never compressed
      size = len(base["body"])
      if base["file"] != nil
        size = base["size"]
      rs = __http_ranges(rg, size)
      if rs != nil
        return __http_partial(base, rs, size)
  return sel

// 304 for a static response: its validators and Vary, no body.
fun __http_not_modified(sel)
  hs = []
  for h in sel["headers"]
    if h[0] == "ETag" || h[0] == "Last-Modified" || h[0] == "Vary"
      push(hs, h)
  return {"status": 304, "headers": hs, "body": ""}

// 206 (one range, or multipart/byteranges for several) or 416.
fun __http_partial(base, rs, size)
  hs = []
  for h in base["headers"]
    if h[0] != "Vary"
      push(hs, h)
  if rs == "unsatisfiable"
    push(hs, ["Content-Range", "bytes */" + to_string(size)])
    res = http_error(416, "range not satisfiable", false)
    res["headers"] = hs
    return res
  if len(rs) == 1
    a = rs[0][0]
    b = rs[0][1]
    push(hs, ["Content-Range", "bytes " + to_string(a) + "-" + to_string(b) + "/" +
      to_string(size)])
    if base["file"] != nil
      return {"status": 206, "type": base["type"], "headers": hs, "body": "",
        "file": base["file"], "size": b - a + 1, "offset": a}
    return {"status": 206, "type": base["type"], "headers": hs,
      "body": substr(base["body"], a, b - a + 1)}
  if base["file"] != nil
    // several ranges of a streamed file: multipart would mean reading it
    // here; RFC 9110 14.2 lets a server answer the whole instead
    return base
  body = base["body"]
  boundary = "fun_byteranges_" + to_string(time_now_ms())
  while find(body, boundary) >= 0
    boundary = boundary + "x"
  parts = []
  for r in rs
    push(parts, "--" + boundary + "\r\nContent-Type: " + base["type"] + "\r\nContent-Range: bytes " +
      to_string(r[0]) + "-" + to_string(r[1]) + "/" + to_string(size) + "\r\n\r\n")
    push(parts, substr(body, r[0], r[1] - r[0] + 1))
    push(parts, "\r\n")
  push(parts, "--" + boundary + "--\r\n")
  return {"status": 206, "type": "multipart/byteranges; boundary=" + boundary, "headers": hs,
    "body": join(parts, "")}

// Handler and CGI answers: gzip when the client accepts it and the body is
// text of some size (no Content-Encoding of its own, not partial).
fun __http_encode(s, req, res)
  if res["_etag"] != nil || res["status"] != 200 || res["file"] != nil ||
    !__http_gzip_type(s, res["type"], len(res["body"]))
    return res
  for h in res["headers"]
    n = lower(h[0])
    if n == "content-encoding" || n == "content-range"
      return res
  hs = copy(res["headers"])
  push(hs, ["Vary", "Accept-Encoding"])
  res["headers"] = hs
  if req["method"] == "HEAD" || !__http_accepts_gzip(req["headers"]["accept-encoding"])
    return res
  push(hs, ["Content-Encoding", "gzip"])
  res["body"] = gzip_compress(res["body"])
  return res

// ---------------------------------------------------------------- CGI

// What a CGI run needs: {"argv": [...], "opts": {...}} for proc_run.
fun http_cgi_job(s, req, script, url, info)
  e = copy(s["cgi_env"])
  hs = req["headers"]
  for (k, v) in hs
    if k == "content-type" || k == "content-length" || k == "proxy" || k == "authorization"
      continue
    ok = true
    for ch in k
      if !(ch >= "a" && ch <= "z" || ch >= "0" && ch <= "9" || ch == "-")
        ok = false
        break
    if ok
      e["HTTP_" + upper(replace(k, "-", "_"))] = v
  host = hs["host"]
  sname = s["host"]
  if host != nil && host != ""
    sname = host
    if sname[0] == "["
      b = find(sname, "]")
      if b > 0
        sname = substr(sname, 1, b - 1)
    else
      c = find(sname, ":")
      if c >= 0
        sname = substr(sname, 0, c)
  e["GATEWAY_INTERFACE"] = "CGI/1.1"
  e["SERVER_SOFTWARE"] = s["server_name"]
  e["SERVER_NAME"] = sname
  e["SERVER_PORT"] = to_string(s["port"])
  e["SERVER_PROTOCOL"] = req["version"]
  e["REQUEST_METHOD"] = req["method"]
  e["REQUEST_URI"] = req["target"]
  e["QUERY_STRING"] = req["query"]
  e["SCRIPT_NAME"] = url
  e["SCRIPT_FILENAME"] = script
  e["PATH_INFO"] = info
  if info != ""
    e["PATH_TRANSLATED"] = s["root_real"] + info
  e["DOCUMENT_ROOT"] = s["root_real"]
  e["REMOTE_ADDR"] = req["remote_addr"]
  e["REMOTE_PORT"] = req["remote_port"]
  if hs["content-length"] != nil || req["body"] != ""
    e["CONTENT_LENGTH"] = to_string(len(req["body"]))
  if hs["content-type"] != nil
    e["CONTENT_TYPE"] = hs["content-type"]
  opts = {"stdin": req["body"], "env": e, "cwd": http_dirname(script),
    "timeout_ms": s["cgi_timeout_ms"]}
  return {"argv": [s["exe"], script], "opts": opts}

// Runs a CGI job (blocking) and returns proc_run's result.
fun http_cgi_run(job)
  try
    return proc_run(job["argv"], job["opts"])
  catch e
    return {"out": "", "code": -1, "error": to_string(e)}

// Turns a CGI child's result into a response map.
fun http_cgi_response(r)
  if r["timed_out"] == true
    return http_error(504, "CGI script timed out", false)
  out = r["out"]
  // CGI/1.1 (RFC 3875 6.2): a script that fails, whatever it printed, or
  // whose output does not start with a header block is a server error
  if r["code"] != 0
    return http_error(500, "CGI script failed (exit status " + to_string(r["code"]) + ")",
      false)
  a = find(out, "\r\n\r\n")
  b = find(out, "\n\n")
  if a >= 0 && (b < 0 || a < b)
    head = substr(out, 0, a)
    body = substr(out, a + 4, len(out) - a - 4)
  else if b >= 0
    head = substr(out, 0, b)
    body = substr(out, b + 2, len(out) - b - 2)
  else
    return http_error(500, "CGI script printed no header block", false)
  lines = split(head, "\n")
  first = lines[0]
  c = find(first, ":")
  if c <= 0 || !__http_token(substr(first, 0, c))
    return http_error(500, "CGI script printed no header block", false)
  st = 200
  ctype = nil
  loc = nil
  hs = []
  has_status = false
  for ln in lines
    if ends_with(ln, "\r")
      ln = substr(ln, 0, len(ln) - 1)
    c = find(ln, ":")
    if c <= 0 || !__http_token(substr(ln, 0, c))
      return http_error(502, "malformed CGI header line", false)
    name = substr(ln, 0, c)
    value = trim(substr(ln, c + 1, len(ln) - c - 1))
    ln_name = lower(name)
    if ln_name == "status"
      code = substr(value, 0, 3)
      if !__http_digits(code) || to_number(code) < 100 || to_number(code) > 599
        return http_error(502, "malformed CGI Status", false)
      st = to_number(code)
      has_status = true
    else if ln_name == "content-type"
      ctype = value
    else if ln_name == "location"
      loc = value
      push(hs, ["Location", value])
    else if ln_name != "content-length" && ln_name != "connection" &&
      ln_name != "transfer-encoding" && ln_name != "keep-alive" && ln_name != "server" &&
      ln_name != "date"
      push(hs, [name, value])
  if loc != nil && !has_status
    st = 302
  if ctype == nil && body != ""
    ctype = "text/html; charset=utf-8"
  return {"status": st, "type": ctype, "headers": hs, "body": body}

// ---------------------------------------------------------------- connections

// The state of one connection, shared by every model. The core reads and
// writes the request side (inbuf, req, out, closing...); the models own the
// rest (interest, lingering, queued, cgi_run).
class HttpConn(fd)
  addr = ""             // peer address and port, as Strings (REMOTE_ADDR/PORT)
  port = ""
  inbuf = ""            // bytes received and not yet parsed
  req = nil             // a request whose head is parsed and whose body is due
  out = ""              // response bytes queued, sent from out_off on
  out_off = 0
  file = nil            // a file streaming after out: [fd, offset, bytes left]
  served = 0            // responses queued so far (0: a new connection)
  last_io = 0           // clock_mono_ms() of the last progress either way
  req_start = 0         // when the current request (or the first head) began
  closing = false       // close once out (and file) have gone out
  linger = false        // ... after a half-close and a short drain (error answers)
  force_close = false   // answer the next request with Connection: close
  held_back = false     // requests wait until queued output goes out
  cgi_job = nil         // a deferred CGI job (its request in job["req"])
  upgrade = nil         // [fn, req]: a handler takes the connection over
  interest = ""         // event loop and pool: what the poll set waits for
  lingering = false     // event loop and pool: draining after the half-close
  queued = false        // pool: waiting for a worker
  cgi_run = nil         // tasks: [pipe fd, thread id, write end] of a CGI child

// A connection for an accepted fd (-1: none, for tests), its peer parsed.
fun http_conn_new(s, fd)
  c = HttpConn(fd)
  peer = sock_peer(fd)
  if peer != nil
    k = find(peer, "]:")
    if k < 0
      k = len(peer) - 1
      while k >= 0 && peer[k] != ":"
        k -= 1
      if k >= 0
        c.addr = substr(peer, 0, k)
        c.port = substr(peer, k + 1, len(peer) - k - 1)
    else
      c.addr = substr(peer, 1, k - 1)
      c.port = substr(peer, k + 2, len(peer) - k - 2)
  now = clock_mono_ms()
  c.last_io = now
  c.req_start = now
  return c

// Queues the response res to req on connection c.
fun http_conn_queue(s, c, req, res)
  ka = req != nil && req["keep_alive"] && !c.force_close
  // a body too small to compress (or a file's, which is never) skips the
  // call: the common case of a small dynamic answer
  if req != nil && res["status"] == 200 && s["gzip"] && len(res["body"]) >= __HTTP_GZIP_MIN
    res = __http_encode(s, req, res)
  if res["file"] != nil && req != nil && req["method"] != "HEAD"
    // the body follows from the open file once c.out has gone out
    fo = fd_open_read(res["file"])
    if fo == nil
      res = http_error(403, "file not readable", false)
    else if res["offset"] != nil
      // a byte range (206): its size is the range's, checked against the
      // file's when the response was made; a file that shrank since ends
      // the connection early (sendfile fails)
      if res["size"] == 0
        sock_close(fo[0])
      else
        c.file = [fo[0], res["offset"], res["size"]]
    else
      res["size"] = fo[1]
      if fo[1] == 0
        sock_close(fo[0])
      else
        c.file = [fo[0], 0, fo[1]]
  b = http_response_bytes(s, req, res, ka)
  // the common case has nothing queued: no copy
  if c.out == ""
    c.out = b
  else
    c.out = c.out + b
  c.served = c.served + 1
  if res["upgrade"] != nil
    // the model calls it once out has gone (http_conn_hand_over)
    c.upgrade = [res["upgrade"], req]
  else if res["close"] || !ka
    c.closing = true
    c.linger = res["status"] >= 400
  if s["log"]
    m = "-"
    t = "-"
    if req != nil
      m = req["method"]
      t = req["target"]
    n = len(res["body"])
    if res["file"] != nil
      n = res["size"]
    eprint(c.addr + " " + m + " " + t + " " + to_string(res["status"]) + " " + to_string(n))

// Appends data received on c (when not nil) and answers every complete
// request in c.inbuf. With defer_cgi, stops at a CGI request and returns its
// job (the caller runs it, then calls http_conn_cgi_done); otherwise runs CGI
// scripts inline. Returns nil when nothing is pending.
fun http_conn_input(s, c, data, defer_cgi)
  if data != nil
    // the next request's clock starts with its first byte; the first
    // request's at accept (the header deadline of a new connection)
    if c.inbuf == "" && c.req == nil && c.served > 0
      c.req_start = clock_mono_ms()
    if c.inbuf == ""
      c.inbuf = data
    else
      c.inbuf = c.inbuf + data
  c.held_back = false
  while !c.closing && c.cgi_job == nil && c.upgrade == nil
    if c.file != nil || len(c.out) - c.out_off >= __HTTP_OUT_HOLD
      // a file still streaming, or enough output queued: answer the rest
      // once it has gone out
      c.held_back = true
      return nil
    req = c.req
    if req == nil
      buf = c.inbuf
      if buf == ""
        return nil
      // the head found, split, checked and mapped in one call (request
      // line and header limits included: 414, 431)
      t = http_take_request(buf, s["max_header"], s["max_body"], c.addr, c.port)
      if t == nil
        // incomplete: empty lines before a request line are dropped, so
        // that a connection that sent only those counts as idle
        while starts_with(buf, "\r\n") || starts_with(buf, "\n")
          if buf[0] == "\n"
            buf = substr(buf, 1, len(buf) - 1)
          else
            buf = substr(buf, 2, len(buf) - 2)
        c.inbuf = buf
        return nil
      req = t[1]
      if req["error"] != nil
        http_conn_queue(s, c, nil, http_error(req["error"], req["msg"], true))
        return nil
      used = t[0]
      if used == len(buf)
        c.inbuf = ""
      else
        c.inbuf = substr(buf, used, len(buf) - used)
      c.req = req
      if req["continue"] && (req["content_length"] > len(c.inbuf) || req["chunked"] &&
        c.inbuf == "")
        c.out = c.out + "HTTP/1.1 100 Continue\r\n\r\n"
    if req["chunked"]
      err = __http_dechunk(s, c, req)
      if err != nil
        http_conn_queue(s, c, nil, err)
        return nil
      if !req["_done"]
        return nil
    else
      n = req["content_length"]
      buf = c.inbuf
      if len(buf) < n
        return nil
      if n > 0
        req["body"] = substr(buf, 0, n)
        c.inbuf = substr(buf, n, len(buf) - n)
    c.req = nil
    if c.inbuf != ""
      c.req_start = clock_mono_ms()
    res = http_dispatch(s, req)
    job = res["cgi"]
    if job != nil
      if defer_cgi
        job["req"] = req
        c.cgi_job = job
        return job
      res = http_cgi_response(http_cgi_run(job))
    http_conn_queue(s, c, req, res)
  return nil

// Decodes as much of a chunked request body as c.inbuf holds (state in req:
// _parts, _size, _trailer, _done). Returns nil, or an error response.
fun __http_dechunk(s, c, req)
  if req["_parts"] == nil
    req["_parts"] = []
    req["_size"] = 0
    req["_trailer"] = false
    req["_done"] = false
  buf = c.inbuf
  pos = 0
  n = len(buf)
  while true
    nl = find(buf, "\n", pos)
    if nl < 0
      if n - pos > __HTTP_CHUNK_LINE_MAX
        return http_error(400, "malformed chunk", true)
      break
    line = substr(buf, pos, nl - pos)
    if ends_with(line, "\r")
      line = substr(line, 0, len(line) - 1)
    if req["_trailer"]
      pos = nl + 1
      if line == ""
        req["_done"] = true
        req["body"] = join(req["_parts"], "")
        break
      continue
    semi = find(line, ";")
    if semi >= 0
      line = substr(line, 0, semi)
    line = trim(line)
    if line == "" || len(line) > 8
      return http_error(400, "malformed chunk size", true)
    size = 0
    for ch in line
      v = __HTTP_HEX[ch]
      if v == nil
        return http_error(400, "malformed chunk size", true)
      size = size * 16 + v
    if size == 0
      req["_trailer"] = true
      pos = nl + 1
      continue
    if req["_size"] + size > s["max_body"]
      return http_error(413, "body too large", true)
    after = nl + 1 + size
    if n < after + 1
      break
    if buf[after] == "\n"
      end = after + 1
    else if buf[after] == "\r"
      if n < after + 2
        break
      if buf[after + 1] != "\n"
        return http_error(400, "malformed chunk", true)
      end = after + 2
    else
      return http_error(400, "malformed chunk", true)
    push(req["_parts"], substr(buf, nl + 1, size))
    req["_size"] = req["_size"] + size
    pos = end
  if pos > 0
    c.inbuf = substr(buf, pos, n - pos)
  return nil

// Hands c's socket to the handler that asked for it (c.upgrade, once the
// response head has gone out): upgrade(fd, req, rest) with rest the bytes
// received past the request. The server forgets the fd; if the function
// raises, the fd is closed here.
fun http_conn_hand_over(c)
  u = c.upgrade
  c.upgrade = nil
  rest = c.inbuf
  c.inbuf = ""
  try
    u[0](c.fd, u[1], rest)
  catch e
    eprint("http upgrade error: " + to_string(e))
    if typeof(c.fd) == "Handle"
      tls_close(c.fd)
    else
      sock_close(c.fd)
  return nil

// Finishes a deferred CGI job of c with proc_run's result r.
fun http_conn_cgi_done(s, c, r)
  job = c.cgi_job
  c.cgi_job = nil
  http_conn_queue(s, c, job["req"], http_cgi_response(r))

// Runs a CGI job in a helper thread; the thread writes one byte into the
// pipe w when done.
fun __http_cgi_thread(job, w)
  r = http_cgi_run(job)
  sock_send(w, "x")
  return r

// Sends the next piece (at most 256 KiB) of the file c is streaming; closes
// the file once all of it has gone out. Returns the bytes sent (0: the socket
// is full), -1 on error (a reset, or the file shrank).
fun __http_file_step(c, fd)
  f = c.file
  n = sock_sendfile(fd, f[0], f[1], min(f[2], __HTTP_FILE_SLICE))
  if n < 0
    return -1
  f[1] = f[1] + n
  f[2] = f[2] - n
  if f[2] <= 0
    sock_close(f[0])
    c.file = nil
  return n

// Closes the file c is streaming, if any (the connection ends early).
fun __http_file_drop(c)
  if c.file != nil
    sock_close(c.file[0])
    c.file = nil


// The common request on an idle keep-alive connection: one complete GET or
// HEAD head for a static file answered within the last second. Returns the
// response bytes, or nil when anything is unusual (the general path then
// handles data). The bytes are the general path's: same file cache, same
// rendered-response memo, same keep-alive rule.
fun __http_fast(s, c, data, now)
  n = len(data)
  if !s["cache"] || n < 18 || c.inbuf != "" || c.req != nil || c.out != "" || c.force_close ||
    s["log"] || find(data, "\r\n\r\n") != n - 4
    return nil
  // a target the cache does not hold goes to the general path before the
  // head is parsed (it parses it then)
  sp = find(data, " ")
  sp2 = find(data, " ", sp + 1)
  if sp < 0 || sp2 < 0 || s["_fcache"][substr(data, sp + 1, sp2 - sp - 1)] == nil
    return nil
  hf = http_head_fields(substr(data, 0, n - 4))
  if typeof(hf) == "String"
    return nil
  m = hf[0]
  target = hf[1]
  if m != "GET" && m != "HEAD" || target[0] != "/" || find(target, "%") >= 0 ||
    find(target, "?") >= 0 || find(target, "#") >= 0
    return nil
  hit = s["_fcache"][target]
  if hit == nil || now - hit[0] >= __HTTP_CACHE_MS || s["routes"][target] != nil
    return nil
  for pr in s["prefix_routes"]
    if starts_with(target, pr[0])
      return nil
  version = hf[2]
  fields = hf[3]
  k = len(fields)
  if k > 2 * __HTTP_MAX_FIELDS
    return nil
  conn = nil
  host = false
  i = 0
  while i < k
    name = fields[i]
    if name == "host"
      if host
        return nil
      host = true
    else if name == "connection"
      if conn != nil
        return nil
      conn = lower(fields[i + 1])
    else if name == "content-length" || name == "transfer-encoding" || name == "expect" ||
      name == "range" || name == "if-none-match" || name == "if-modified-since"
      return nil
    else if name == "accept-encoding" && hit[1]["_gzip"]
      // the gzip variant may be wanted: __http_variant decides
      return nil
    i += 2
  if conn == nil
    conn = ""
  if version == "HTTP/1.1"
    if !host || find(conn, "close") >= 0
      return nil
  else if find(conn, "keep-alive") < 0
    return nil
  // the rendered bytes of this second (http_response_bytes' memo), else render
  res = hit[1]
  memo = res["_memo"]
  if memo != nil && res["_memo_sec"] == s["_date_sec"] && time_now_ms() / 1000 == s["_date_sec"]
    b = memo["1" + m + version]
    if b != nil
      return b
  return http_response_bytes(s, {"method": m, "version": version}, res, true)

