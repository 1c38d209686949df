// SPDX-License-Identifier: MIT
// net/http_cgi_server.fun: an HTTP/1.1 server written in Fun.
//
//   s = http_server_new({"root": "htdocs", "port": 8080})   // options below
//   http_route(s, "/api/time", api_time)      // in-process handler fn(req)
//   http_listen(s)                  // binds; s["port"] is the real port
//   print("Serving at " + http_url(s))
//   http_serve_events(s)            // one thread, non-blocking event loop
//   http_serve_threads(s, 8)        // or: 8 worker threads behind one poll loop
//   http_serve_tasks(s)             // or: one straight-line task per connection
//
// Options (all optional): host ("127.0.0.1"), port (8080; 0 picks a free
// one), root (document root, "."), cgi (true: files ending in cgi_ext run as
// CGI scripts), cgi_ext (".fun"), exe (the interpreter for CGI scripts;
// default the running binary), index (["index.html", "index.htm",
// "index.fun"]), max_header (16384 bytes: 431 beyond), max_body (1048576
// bytes: 413 beyond), keepalive_ms (10000: an idle keep-alive connection is
// closed after it), request_timeout_ms (10000: a request that is not complete
// after it gets 408 and a close), cgi_timeout_ms (10000: 504 beyond), log
// (false: one line per request on stderr), server_name ("fun-http").
//
// Requests: request line, headers (names lower-cased, repeated headers joined
// with ", "), body by Content-Length or chunked Transfer-Encoding (other
// transfer codings: 501). HTTP/1.1 keeps the connection open unless
// "Connection: close"; HTTP/1.0 only with "Connection: keep-alive"; "Expect:
// 100-continue" is answered. Pipelined requests are answered
// in order. Errors: 400 malformed (bad request line, header line, target,
// percent escape, Content-Length, missing Host in HTTP/1.1), 403 traversal or
// hidden files or a path whose realpath leaves the root, 404, 405 method not
// allowed for the resource, 408 timeout, 413 body too large, 414 request line
// too long, 431 headers too large, 501 unknown method or transfer coding,
// 505 HTTP version. Error answers that end the connection come with
// "Connection: close".
//
// A request map handed to handlers: method, target (as sent), path (decoded),
// raw_path, query, version, headers (Map), body, keep_alive, remote_addr,
// remote_port. A handler returns a String (200, text/html) or a Map
// {"status": 200, "type": "text/plain", "headers": [[name, value], ...],
// "body": "..."}. An error raised by a handler gives 500.
//
// CGI (RFC 3875): a script path such as /hello.fun/extra?x=1 runs
// [exe, ROOT/hello.fun] as a child process (no shell; ruling D29) in the
// script's directory with GATEWAY_INTERFACE, SERVER_SOFTWARE, SERVER_NAME,
// SERVER_PORT, SERVER_PROTOCOL, REQUEST_METHOD, REQUEST_URI, QUERY_STRING,
// SCRIPT_NAME, SCRIPT_FILENAME, PATH_INFO (/extra), PATH_TRANSLATED,
// DOCUMENT_ROOT, REMOTE_ADDR, REMOTE_PORT, CONTENT_TYPE, CONTENT_LENGTH and
// HTTP_* for the request headers (except Proxy and Authorization); the
// server's own environment is reduced to PATH, HOME, LANG, LC_*, TZ, TMPDIR,
// FUN_LIB_DIR and the sanitizer options. The request body is the child's
// stdin. Its output is header lines (Status:, Content-Type:, Location:, any
// other header), an empty line, the body. A script that exits non-zero
// (whatever it printed) or whose output does not start with a header block
// and an empty line gives 500, a malformed header line 502, a timeout 504.
// The event loop and the tasks run CGI children from a helper
// thread, so other clients are served meanwhile.
//
// Models: http_serve_events (one thread, one poll set, non-blocking sockets,
// output back-pressure, idle and request timeouts), http_serve_tasks (the
// same with one straight-line task per connection), http_serve_threads (the
// main thread holds every connection that waits for a request head or
// streams a file; n workers answer complete requests with blocking I/O,
// handlers and CGI in parallel: a client that stalls in its head holds no
// worker, one that stalls in its body holds one until request_timeout_ms).
// Static files up to small_file (262144 bytes) answered within the last
// second are served from a per-thread cache of at most cache_bytes (16 MiB);
// larger files are streamed from disk with sock_sendfile, never read whole,
// and HEAD never reads a file. header_timeout_ms (10000): a request head must
// be complete within it (a new connection's from accept; 408 or a close
// beyond). max_conns (the descriptor limit less 64, at most 10000):
// connections served at once (every model); beyond it a new connection gets
// 503 and a close.

#include <async/scheduler.fun>

__HTTP_REASONS = {"100": "Continue", "200": "OK", "201": "Created", "204": "No Content",
  "206": "Partial Content", "301": "Moved Permanently", "302": "Found", "303": "See Other",
  "304": "Not Modified", "307": "Temporary Redirect", "308": "Permanent Redirect",
  "400": "Bad Request", "401": "Unauthorized", "403": "Forbidden", "404": "Not Found",
  "405": "Method Not Allowed", "408": "Request Timeout", "411": "Length Required",
  "413": "Content Too Large", "414": "URI Too Long", "415": "Unsupported Media Type",
  "429": "Too Many Requests", "431": "Request Header Fields Too Large",
  "500": "Internal Server Error", "501": "Not Implemented", "502": "Bad Gateway",
  "503": "Service Unavailable", "504": "Gateway Timeout", "505": "HTTP Version Not Supported"}

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

// Methods this server knows; those it does not know get 501.
__HTTP_METHODS = {"GET": 1, "HEAD": 1, "POST": 1, "PUT": 1, "DELETE": 1, "OPTIONS": 1,
  "PATCH": 1, "TRACE": 1, "CONNECT": 1}

__HTTP_HEX = {"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  "a": 10, "b": 11, "c": 12, "d": 13, "e": 14, "f": 15,
  "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15}

__HTTP_DAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
__HTTP_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
  "Dec"]

// Environment variables a CGI child inherits from the server.
__HTTP_ENV_KEEP = {"PATH": 1, "HOME": 1, "LANG": 1, "LC_ALL": 1, "LC_CTYPE": 1, "TZ": 1,
  "TMPDIR": 1, "FUN_LIB_DIR": 1, "ASAN_OPTIONS": 1, "UBSAN_OPTIONS": 1, "LSAN_OPTIONS": 1}

// ---------------------------------------------------------------- helpers

fun http_reason(code)
  r = __HTTP_REASONS[to_string(code)]
  if r == nil
    return "Unknown"
  return r

// Content type for a file name (by extension, case-insensitive).
fun http_content_type(name)
  dot = -1
  i = len(name) - 1
  while i >= 0
    ch = name[i]
    if ch == "."
      dot = i
      break
    if ch == "/"
      break
    i -= 1
  if dot < 0
    return "application/octet-stream"
  t = __HTTP_TYPES[lower(substr(name, dot + 1, len(name) - dot - 1))]
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
    "small_file": 262144, "cache_bytes": 16777216, "log": false, "server_name": "fun-http"}
  if typeof(opts) == "Map"
    for (k, v) in opts
      s[k] = v
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
  lfd = tcp_listen_host(s["host"], s["port"], 1024)
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
  return "http://" + h + ":" + to_string(s["port"]) + "/"

// ---------------------------------------------------------------- parsing

// Parses the head of a request (request line and header lines, without the
// blank line). Returns the request map, or {"error": status, "msg": text}.
fun http_parse_head(s, head)
  // the request line and header fields, split in C (http_head_fields)
  // request line and header fields split and checked in C (http_head_fields):
  // method token, target bytes, HTTP version, header syntax
  hf = http_head_fields(head)
  if typeof(hf) == "String"
    if hf == "HTTP version not supported"
      return {"error": 505, "msg": hf}
    return {"error": 400, "msg": hf}
  method = hf[0]
  target = hf[1]
  version = hf[2]
  fields = hf[3]
  headers = {}
  n = len(fields)
  if n > 200
    return {"error": 431, "msg": "too many header fields"}
  i = 0
  while i < n
    name = fields[i]
    value = fields[i + 1]
    i += 2
    old = headers[name]
    if old == nil
      headers[name] = value
    else if name == "content-length"
      if old != value
        return {"error": 400, "msg": "conflicting Content-Length"}
    else if name == "host"
      return {"error": 400, "msg": "more than one Host"}
    else if name == "cookie"
      headers[name] = old + "; " + value
    else
      headers[name] = old + ", " + value
  if !has(__HTTP_METHODS, method)
    return {"error": 501, "msg": "method not implemented"}
  if version == "HTTP/1.1" && headers["host"] == nil
    return {"error": 400, "msg": "missing Host header"}
  chunked = false
  te = headers["transfer-encoding"]
  if te != nil
    if lower(te) != "chunked"
      return {"error": 501, "msg": "Transfer-Encoding not supported"}
    if headers["content-length"] != nil || version == "HTTP/1.0"
      return {"error": 400, "msg": "Transfer-Encoding with Content-Length or HTTP/1.0"}
    chunked = true
  clen = 0
  cl = headers["content-length"]
  if cl != nil
    if !__http_digits(cl)
      return {"error": 400, "msg": "bad Content-Length"}
    clen = to_number(cl)
    if clen > s["max_body"]
      return {"error": 413, "msg": "body too large"}
  // target: origin form, absolute form, or * (OPTIONS)
  if starts_with(target, "http://") || starts_with(target, "https://")
    p = find(target, "/", find(target, "//") + 2)
    if p < 0
      target = "/"
    else
      target = substr(target, p, len(target) - p)
  if target == "*" && method == "OPTIONS"
    raw = "*"
    query = ""
  else
    if target == "" || target[0] != "/"
      return {"error": 400, "msg": "malformed request target"}
    q = find(target, "?")
    if q < 0
      raw = target
      query = ""
    else
      raw = substr(target, 0, q)
      query = substr(target, q + 1, len(target) - q - 1)
    h = find(raw, "#")
    if h >= 0
      raw = substr(raw, 0, h)
  path = http_pct_decode(raw)
  if path == nil || find(path, "\0") >= 0
    return {"error": 400, "msg": "malformed percent escape in path"}
  conn = headers["connection"]
  if conn == nil
    conn = ""
  else
    conn = lower(conn)
  if version == "HTTP/1.1"
    ka = find(conn, "close") < 0
  else
    ka = find(conn, "keep-alive") >= 0
  expect = headers["expect"]
  return {"method": method, "target": hf[1], "path": path, "raw_path": raw, "query": query,
    "version": version, "headers": headers, "body": "", "content_length": clen,
    "chunked": chunked,
    "keep_alive": ka, "continue": expect != nil && lower(expect) == "100-continue",
    "remote_addr": "", "remote_port": ""}

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
  if typeof(res) == "String"
    return {"status": 200, "type": "text/html; charset=utf-8", "headers": [], "body": res}
  if typeof(res) != "Map"
    return http_error(500, "handler returned " + typeof(res), false)
  if res["status"] == nil
    res["status"] = 200
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
  return __http_render(s, req, res, keep_alive, st)

fun __http_render(s, req, res, keep_alive, st)
  out = ["HTTP/1.1 ", to_string(st), " ", http_reason(st), "\r\nServer: ", s["server_name"],
    "\r\nDate: ", s["_date"], "\r\n"]
  if res["type"] != nil
    push(out, "Content-Type: " + res["type"] + "\r\n")
  for h in res["headers"]
    push(out, h[0] + ": " + h[1] + "\r\n")
  body = res["body"]
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
    if hit != nil && now - hit[0] < 1000
      return hit[1]
  if path == "*"
    return {"status": 204, "headers": [["Allow", "GET, HEAD, POST, OPTIONS"]], "body": ""}
  // map the path onto the document root, segment by segment
  segs = split(path, "/")
  fs = s["root_real"]
  url = ""
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
    fs = fs + "/" + seg
    url = url + "/" + seg
    if s["cgi"] && ends_with(seg, s["cgi_ext"]) && i < n && file_exists(fs) && !is_dir(fs)
      script = fs
      info = "/" + join(segs[i:], "/")
      break
  if url == ""
    url = "/"
  rp = realpath(fs)
  if rp == nil
    return http_error(404, "no such file: " + path, false)
  if rp != s["root_real"] && !starts_with(rp, s["root_prefix"])
    return http_error(403, "path leaves the document root", false)
  if is_dir(rp)
    if !ends_with(req["raw_path"], "/")
      loc = req["raw_path"] + "/"
      if req["query"] != ""
        loc = loc + "?" + req["query"]
      res = http_error(301, "moved to " + loc, false)
      push(res["headers"], ["Location", loc])
      return res
    found = nil
    for name in s["index"]
      if file_exists(rp + "/" + name) && !is_dir(rp + "/" + name)
        found = name
        break
    if found == nil
      return http_error(403, "no index in directory", false)
    rp = realpath(rp + "/" + found)
    if rp == nil || !starts_with(rp, s["root_prefix"])
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
  size = file_size(rp)
  if size < 0
    return http_error(403, "file not readable", false)
  // HEAD and files above small_file go out as a file response: the
  // connection streams it with sock_sendfile (HEAD: never opens it)
  if m == "HEAD" || size > s["small_file"]
    return {"status": 200, "type": http_content_type(rp), "headers": [], "body": "", "file": rp,
      "size": size}
  data = read_file(rp)
  if data == nil
    return http_error(403, "file not readable", false)
  res = {"status": 200, "type": http_content_type(rp), "headers": [], "body": data}
  res["_cached"] = true
  fc = s["_fcache"]
  if len(fc) >= 512 || s["_fcache_bytes"] + len(data) > s["cache_bytes"]
    fc = {}
    s["_fcache"] = fc
    s["_fcache_bytes"] = 0
  fc[path] = [now, res]
  s["_fcache_bytes"] = s["_fcache_bytes"] + len(data)
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

// Per-connection state shared by both drivers.
fun http_conn_new(s, fd)
  peer = sock_peer(fd)
  addr = ""
  port = ""
  if peer != nil
    c = find(peer, "]:")
    if c < 0
      c = len(peer) - 1
      while c >= 0 && peer[c] != ":"
        c -= 1
      if c >= 0
        addr = substr(peer, 0, c)
        port = substr(peer, c + 1, len(peer) - c - 1)
    else
      addr = substr(peer, 1, c - 1)
      port = substr(peer, c + 2, len(peer) - c - 2)
  now = clock_mono_ms()
  return {"fd": fd, "in": "", "out": "", "req": nil, "close": false, "job": nil,
    "addr": addr, "port": port, "t": now, "rt": now, "force_close": false, "linger": false,
    "ev": "", "lingering": false, "reqs": 0, "off": 0, "held": false, "cgi": nil, "file": nil}

// Queues the response res to req on connection c.
fun http_conn_queue(s, c, req, res)
  ka = req != nil && req["keep_alive"] && !c["force_close"]
  if res["file"] != nil && req != nil && req["method"] != "HEAD"
    // the body follows from the open file once c["out"] has gone out
    fo = fd_open_read(res["file"])
    if fo == nil
      res = http_error(403, "file not readable", false)
    else
      res["size"] = fo[1]
      if fo[1] == 0
        sock_close(fo[0])
      else
        c["file"] = [fo[0], 0, fo[1]]
  c["out"] = c["out"] + http_response_bytes(s, req, res, ka)
  c["reqs"] = c["reqs"] + 1
  if res["close"] || !ka
    c["close"] = true
    c["linger"] = res["status"] >= 400
  if s["log"]
    m = "-"
    t = "-"
    if req != nil
      m = req["method"]
      t = req["target"]
    n = len(res["body"])
    if res["file"] != nil
      n = res["size"]
    eprint(c["addr"] + " " + m + " " + t + " " + to_string(res["status"]) + " " + to_string(n))

// Appends data received on c (when not nil) and answers every complete
// request in c["in"]. With defer_cgi, stops at a CGI request and returns its
// job (the caller runs it, then calls http_conn_cgi_done); otherwise runs CGI
// scripts inline. Returns nil when nothing is pending.
fun http_conn_input(s, c, data, defer_cgi)
  if data != nil
    // the next request's clock starts with its first byte; the first
    // request's at accept (the header deadline of a new connection)
    if c["in"] == "" && c["req"] == nil && c["reqs"] > 0
      c["rt"] = clock_mono_ms()
    c["in"] = c["in"] + data
  c["held"] = false
  while !c["close"] && c["job"] == nil
    if c["file"] != nil || len(c["out"]) - c["off"] >= 1048576
      // a file still streaming, or enough output queued: answer the rest
      // once it has gone out
      c["held"] = true
      return nil
    req = c["req"]
    if req == nil
      buf = c["in"]
      if buf == ""
        return nil
      // tolerate empty lines before a request line
      while starts_with(buf, "\r\n") || starts_with(buf, "\n")
        if buf[0] == "\n"
          buf = substr(buf, 1, len(buf) - 1)
        else
          buf = substr(buf, 2, len(buf) - 2)
      c["in"] = buf
      if buf == ""
        return nil
      e = find(buf, "\r\n\r\n")
      sep = 4
      if e < 0
        e = find(buf, "\n\n")
        sep = 2
      else
        e2 = find(buf, "\n\n")
        if e2 >= 0 && e2 < e
          e = e2
          sep = 2
      if e < 0
        if len(buf) > s["max_header"]
          nl = find(buf, "\n")
          if nl < 0 || nl > 8192
            http_conn_queue(s, c, nil, http_error(414, "request line too long", true))
          else
            http_conn_queue(s, c, nil, http_error(431, "request header too large", true))
        else if find(buf, "\n") < 0 && len(buf) > 8192
          http_conn_queue(s, c, nil, http_error(414, "request line too long", true))
        return nil
      nl = find(buf, "\n")
      if nl > 8192
        http_conn_queue(s, c, nil, http_error(414, "request line too long", true))
        return nil
      if e > s["max_header"]
        http_conn_queue(s, c, nil, http_error(431, "request header too large", true))
        return nil
      req = http_parse_head(s, substr(buf, 0, e))
      c["in"] = substr(buf, e + sep, len(buf) - e - sep)
      if req["error"] != nil
        http_conn_queue(s, c, nil, http_error(req["error"], req["msg"], true))
        return nil
      req["remote_addr"] = c["addr"]
      req["remote_port"] = c["port"]
      c["req"] = req
      if req["continue"] && (req["content_length"] > len(c["in"]) || req["chunked"] &&
        c["in"] == "")
        c["out"] = c["out"] + "HTTP/1.1 100 Continue\r\n\r\n"
    if req["chunked"]
      err = __http_dechunk(s, c, req)
      if err != nil
        http_conn_queue(s, c, nil, err)
        return nil
      if !req["_done"]
        return nil
    else
      n = req["content_length"]
      buf = c["in"]
      if len(buf) < n
        return nil
      if n > 0
        req["body"] = substr(buf, 0, n)
        c["in"] = substr(buf, n, len(buf) - n)
    c["req"] = nil
    if c["in"] != ""
      c["rt"] = clock_mono_ms()
    res = http_dispatch(s, req)
    job = res["cgi"]
    if job != nil
      if defer_cgi
        job["req"] = req
        c["job"] = job
        return job
      res = http_cgi_response(http_cgi_run(job))
    http_conn_queue(s, c, req, res)
  return nil

// Decodes as much of a chunked request body as c["in"] holds (state in req:
// _parts, _size, _trailer, _done). Returns nil, or an error response.
fun __http_dechunk(s, c, req)
  if req["_parts"] == nil
    req["_parts"] = []
    req["_size"] = 0
    req["_trailer"] = false
    req["_done"] = false
  buf = c["in"]
  pos = 0
  n = len(buf)
  while true
    nl = find(buf, "\n", pos)
    if nl < 0
      if n - pos > 4096
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
    c["in"] = substr(buf, pos, n - pos)
  return nil

// Finishes a deferred CGI job of c with proc_run's result r.
fun http_conn_cgi_done(s, c, r)
  job = c["job"]
  c["job"] = nil
  http_conn_queue(s, c, job["req"], http_cgi_response(r))

// ---------------------------------------------------------------- threads

// Serves one connection with blocking I/O until it closes.
fun http_serve_conn(s, fd)
  return __http_serve_conn(s, fd, nil)

// With c nil: serves a new connection until it closes, giving way when idle
// while others wait on the listening socket. With c (a pool worker's job,
// a complete request head in c["in"]): answers what c holds and returns c
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
    if c["out"] != "" || c["file"] != nil
      ok = __http_send_all(fd, c["out"], rq_ms)
      c["out"] = ""
      if back && ok && c["file"] != nil
        return c
      while ok && c["file"] != nil
        ok = __http_send_file(c, fd, rq_ms)
      if !ok
        __http_file_drop(c)
        sock_close(fd)
        return nil
    if c["close"]
      if back && c["linger"]
        return c
      __http_close(fd, c["linger"])
      return nil
    if c["held"]
      http_conn_input(s, c, nil, false)
      continue
    if back && c["req"] == nil
      return c
    // wait for input
    idle = c["in"] == "" && c["req"] == nil
    start = clock_mono_ms()
    got = false
    while true
      r = fd_poll_read(fd, 100)
      if r != 0
        got = true
        break
      now = clock_mono_ms()
      if idle && c["reqs"] > 0
        // an idle keep-alive connection gives way to clients waiting (only
        // after an answer: a new connection waits for its first request)
        if now - start >= ka_ms || lfd > 0 && fd_poll_read(lfd, 0) > 0
          sock_close(fd)
          return nil
      else if idle
        if now - c["rt"] >= hd_ms
          // nothing sent by the header deadline: close without an answer
          sock_close(fd)
          return nil
      else if c["req"] == nil && now - c["rt"] >= hd_ms || now - c["rt"] >= rq_ms
        http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
        break
    if !got
      continue
    data = sock_recv(fd, 65536)
    if data == nil && sock_error(fd) == 0
      continue
    if data == nil || data == ""
      sock_close(fd)
      return nil
    // clients are waiting for a worker: answer this request, then close
    c["force_close"] = lfd > 0 && fd_poll_read(lfd, 0) > 0
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
  while c["file"] != nil
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
    while clock_mono_ms() - t0 < 2000 && got < 1048576
      if fd_poll_read(fd, 100) > 0
        d = sock_recv(fd, 65536)
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
    c = {"fd": fd, "in": "", "out": "", "req": nil, "close": false, "job": nil,
      "addr": f[3], "port": f[4], "t": clock_mono_ms(), "rt": to_number(f[2]),
      "force_close": false, "linger": false, "ev": "", "lingering": false,
      "reqs": to_number(f[1]), "off": 0, "held": false, "cgi": nil, "file": nil}
    reply = "I\n"
    try
      http_conn_input(s, c, job[1], false)
      c = __http_serve_conn(s, fd, c)
      if c != nil
        ff = [-1, 0, 0]
        if c["file"] != nil
          ff = c["file"]
        reply = "B " + join([fd, c["reqs"], c["rt"], to_number(c["close"]),
          to_number(c["linger"]), ff[0], ff[1], ff[2], len(c["in"])], " ") + "\n" + c["in"]
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
    d = sock_recv(ch, 262144)
    if d == ""
      return nil
    if d != nil
      buf = buf + d

// Whether c["in"] holds a complete request head (or enough bytes that a
// worker must answer 414/431).
fun __http_head_ready(s, c)
  buf = c["in"]
  if buf == ""
    return false
  return find(buf, "\r\n\r\n") >= 0 || find(buf, "\n\n") >= 0 || len(buf) > s["max_header"] ||
    len(buf) > 8192 && find(buf, "\n") < 0

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
    wait = 500
    if paused > 0
      wait = 100
    evs = pollset_wait(ps, wait)
    for ev in evs
      fd = ev[0]
      key = to_string(fd)
      if fd == lfd
        k = 0
        while k < 256
          cfd = tcp_accept(lfd)
          if cfd < 0
            pollset_remove(ps, lfd)
            paused = clock_mono_ms() + 100
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
          c["ev"] = "r"
          conns[to_string(cfd)] = c
          pollset_add(ps, cfd, "r")
        continue
      w = chans[key]
      if w != nil
        // replies of a worker: it is idle again, maybe with a connection back
        d = sock_recv(fd, 262144)
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
            c["reqs"] = to_number(f[2])
            c["rt"] = to_number(f[3])
            c["close"] = f[4] == "1"
            c["linger"] = f[5] == "1"
            if to_number(f[6]) >= 0
              c["file"] = [to_number(f[6]), to_number(f[7]), to_number(f[8])]
            c["in"] = m[1]
            conns[to_string(c["fd"])] = c
            __http_pool_next(s, ps, conns, ready, c)
        continue
      c = conns[key]
      if c == nil
        continue
      if ev[1] == "w"
        __http_pool_next(s, ps, conns, ready, c)
        continue
      data = sock_recv(fd, 65536)
      if data == nil
        if sock_error(fd) != 0
          __http_ev_close(ps, conns, c)
        continue
      if data == ""
        if c["out"] == "" && c["file"] == nil
          __http_ev_close(ps, conns, c)
          continue
        c["close"] = true
        c["linger"] = false
        __http_ev_flush(s, ps, conns, c)
        continue
      now = clock_mono_ms()
      c["t"] = now
      if c["lingering"] || c["close"]
        continue
      if c["in"] == "" && c["reqs"] > 0
        c["rt"] = now
      c["in"] = c["in"] + data
      if c["queued"] && len(c["in"]) > s["max_header"] + 65536
        // waiting for a worker: read no more until one takes it
        pollset_remove(ps, fd)
        c["ev"] = ""
        continue
      __http_pool_next(s, ps, conns, ready, c)
    // hand complete heads to idle workers
    while len(idle) > 0 && len(ready) > 0
      c = ready[0]
      ready = ready[1:]
      key = to_string(c["fd"])
      if conns[key] != c
        continue
      remove(conns, key)
      pollset_remove(ps, c["fd"])
      ch = idle[len(idle) - 1]
      pop(idle)
      busy += 1
      msg = join([c["fd"], c["reqs"], c["rt"], c["addr"], c["port"], len(c["in"])], " ") + "\n" +
        c["in"]
      if !__http_send_all(ch, msg, 5000)
        eprint("http_serve_threads: a worker stopped taking jobs")
    now = clock_mono_ms()
    if paused > 0 && now >= paused
      paused = 0
      pollset_add(ps, lfd, "r")
    if now - last_sweep >= 250
      last_sweep = now
      for c in values(conns)
        if c["queued"]
          continue
        if c["lingering"]
          if now - c["rt"] >= 2000
            __http_ev_close(ps, conns, c)
          continue
        if c["out"] != "" || c["file"] != nil || c["close"]
          if now - c["t"] >= rq_ms
            __http_ev_close(ps, conns, c)
          continue
        if c["in"] == ""
          if c["reqs"] == 0 && now - c["rt"] >= hd_ms || c["reqs"] > 0 && now - c["t"] >= ka_ms
            __http_ev_close(ps, conns, c)
        else if now - c["rt"] >= hd_ms
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
  if c["out"] != "" || c["file"] != nil || c["close"]
    __http_ev_flush(s, ps, conns, c)
    if c["out"] != "" || c["file"] != nil || c["close"] || conns[to_string(c["fd"])] != c
      return nil
  if c["queued"] != true && __http_head_ready(s, c)
    c["queued"] = true
    push(ready, c)
    return nil
  if c["ev"] != "r"
    __http_ev_flush(s, ps, conns, c)

// ---------------------------------------------------------------- event loop

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
  f = c["file"]
  n = sock_sendfile(fd, f[0], f[1], min(f[2], 262144))
  if n < 0
    return -1
  f[1] = f[1] + n
  f[2] = f[2] - n
  if f[2] <= 0
    sock_close(f[0])
    c["file"] = nil
  return n

// Closes the file c is streaming, if any (the connection ends early).
fun __http_file_drop(c)
  if c["file"] != nil
    sock_close(c["file"][0])
    c["file"] = nil

fun __http_ev_close(ps, conns, c)
  fd = c["fd"]
  __http_file_drop(c)
  pollset_remove(ps, fd)
  sock_close(fd)
  remove(conns, to_string(fd))

// Flushes c's output, updates its poll interest, closes it when done.
fun __http_ev_flush(s, ps, conns, c)
  fd = c["fd"]
  out = c["out"]
  if out != ""
    // send from offset off, at most 1 MiB copied per call: big files go out
    // in linear time however slowly the client reads
    off = c["off"]
    left = len(out) - off
    if off == 0 && left <= 1048576
      n = sock_send(fd, out)
    else
      n = sock_send(fd, substr(out, off, min(left, 1048576)))
    if n < 0
      __http_ev_close(ps, conns, c)
      return nil
    if n > 0
      c["t"] = clock_mono_ms()
      if n >= left
        out = ""
        c["out"] = ""
        c["off"] = 0
      else
        c["off"] = off + n
  if out == "" && c["file"] != nil
    n = __http_file_step(c, fd)
    if n < 0
      __http_ev_close(ps, conns, c)
      return nil
    if n > 0
      c["t"] = clock_mono_ms()
  pending = out != "" || c["file"] != nil
  if !pending && c["close"] && c["job"] == nil && !c["lingering"]
    if !c["linger"]
      __http_ev_close(ps, conns, c)
      return nil
    sock_shutdown(fd, "w")
    c["lingering"] = true
    c["rt"] = clock_mono_ms()
  // interest: read while requests may come (not during a CGI run), write
  // while output is pending; a lingering connection reads to discard
  want = ""
  if c["lingering"] || !c["close"] && c["job"] == nil && !c["held"]
    want = "r"
  if pending
    want = want + "w"
  if want != c["ev"]
    if want == ""
      pollset_remove(ps, fd)
    else
      pollset_add(ps, fd, want)
    c["ev"] = want
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
    if !c["held"] || c["out"] != "" || c["file"] != nil || conns[to_string(c["fd"])] != c
      return nil

// The common request on an idle keep-alive connection: one complete GET or
// HEAD head for a static file answered within the last second. Returns the
// response bytes, or nil when anything is unusual (the general path then
// handles data). The bytes are the general path's: same file cache, same
// rendered-response memo, same keep-alive rule.
fun __http_fast(s, c, data, now)
  n = len(data)
  if n < 18 || c["in"] != "" || c["req"] != nil || c["out"] != "" || c["force_close"] ||
    s["log"] || find(data, "\r\n\r\n") != n - 4
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
  if hit == nil || now - hit[0] >= 1000 || s["routes"][target] != nil
    return nil
  for pr in s["prefix_routes"]
    if starts_with(target, pr[0])
      return nil
  version = hf[2]
  fields = hf[3]
  k = len(fields)
  if k > 200
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
    else if name == "content-length" || name == "transfer-encoding" || name == "expect"
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
  ka_ms = s["keepalive_ms"]
  rq_ms = s["request_timeout_ms"]
  hd_ms = s["header_timeout_ms"]
  max_conns = s["max_conns"]
  last_sweep = clock_mono_ms()
  paused = 0
  while true
    wait = 500
    if paused > 0
      wait = 100
    evs = pollset_wait(ps, wait)
    for ev in evs
      fd = ev[0]
      if fd == lfd
        k = 0
        while k < 256
          cfd = tcp_accept(lfd)
          if cfd < 0
            // out of descriptors (or another error): stop accepting for
            // 100 ms instead of spinning on the readable listener
            pollset_remove(ps, lfd)
            paused = clock_mono_ms() + 100
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
          c["ev"] = "r"
          conns[to_string(cfd)] = c
          pollset_add(ps, cfd, "r")
        continue
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
        if conns[to_string(c["fd"])] != c
          continue
        http_conn_cgi_done(s, c, r)
        __http_ev_run(s, ps, conns, jobs, c, nil)
        continue
      if ev[1] == "w"
        __http_ev_run(s, ps, conns, jobs, c, nil)
        continue
      data = sock_recv(fd, 65536)
      if data == nil
        if sock_error(fd) != 0
          __http_ev_close(ps, conns, c)
        continue
      if data == ""
        if c["out"] == "" && c["file"] == nil && c["job"] == nil
          __http_ev_close(ps, conns, c)
          continue
        // the peer half-closed: finish what was asked, then close
        c["close"] = true
        c["linger"] = false
        __http_ev_flush(s, ps, conns, c)
        continue
      now = clock_mono_ms()
      c["t"] = now
      if c["lingering"] || c["close"]
        continue
      b = __http_fast(s, c, data, now)
      if b != nil
        c["reqs"] = c["reqs"] + 1
        sent = sock_send(fd, b)
        if sent < 0
          __http_ev_close(ps, conns, c)
        else if sent < len(b)
          c["out"] = b
          c["off"] = sent
          __http_ev_flush(s, ps, conns, c)
        continue
      __http_ev_run(s, ps, conns, jobs, c, data)
    now = clock_mono_ms()
    if paused > 0 && now >= paused
      paused = 0
      pollset_add(ps, lfd, "r")
    if now - last_sweep >= 250
      last_sweep = now
      for c in values(conns)
        if c["job"] != nil
          continue
        if c["lingering"]
          if now - c["rt"] >= 2000
            __http_ev_close(ps, conns, c)
          continue
        if c["out"] != "" || c["file"] != nil || c["close"]
          // output that makes no progress for request_timeout_ms: give up
          if now - c["t"] >= rq_ms
            __http_ev_close(ps, conns, c)
          continue
        if c["in"] == "" && c["req"] == nil
          // a new connection that sent nothing by the header deadline, or
          // an idle keep-alive one: close without an answer
          if c["reqs"] == 0 && now - c["rt"] >= hd_ms || c["reqs"] > 0 && now - c["t"] >= ka_ms
            __http_ev_close(ps, conns, c)
        else if c["req"] == nil && now - c["rt"] >= hd_ms || now - c["rt"] >= rq_ms
          http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
          __http_ev_flush(s, ps, conns, c)
  return nil

// ---------------------------------------------------------------- tasks

// The same server as straight-line tasks (lib/async/scheduler.fun): one task
// accepts, one task per connection reads, answers and waits with the
// blocking-looking async_* helpers; each await parks only its own task.
// Never returns.
fun http_serve_tasks(s)
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
      async_sleep(100)   // out of fds or similar: let connections finish
      continue
    // drain the backlog while it lasts (the listener is non-blocking)
    __http_task_admit(s, fd)
    k = 1
    while k < 64
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
  if limit == nil
    limit = 10000
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
      c["cgi"] = [p[0], thread_spawn(__http_cgi_thread, [job, p[1]]), p[1]]
      return nil
    http_conn_cgi_done(s, c, http_cgi_run(job))
    job = http_conn_input(s, c, nil, true)
  return nil

// __http_close for tasks: the lingering read parks this task only.
fun __http_task_close(fd, linger)
  if linger
    sock_shutdown(fd, "w")
    deadline = clock_mono_ms() + 2000
    got = 0
    while got < 1048576
      left = deadline - clock_mono_ms()
      if left <= 0
        break
      d = async_recv(fd, 65536, left)
      if d == nil || d == ""
        break
      got += len(d)
  sock_close(fd)
  return nil

// One connection, start to end.
fun __http_conn_task(s, fd)
  c = http_conn_new(s, fd)
  while true
    cg = c["cgi"]
    if cg != nil
      // a CGI child runs in a helper thread; its pipe says when it is done
      await_read(cg[0], nil)
      c["cgi"] = nil
      try
        r = thread_join(cg[1])
      catch e
        r = {"out": "", "code": -1}
      sock_close(cg[0])
      sock_close(cg[2])
      http_conn_cgi_done(s, c, r)
      __http_task_job(s, c, http_conn_input(s, c, nil, true))
      continue
    out = c["out"]
    if out != ""
      c["out"] = ""
      if async_send_all(fd, out, s["request_timeout_ms"]) < len(out)
        sock_close(fd)
        return nil
      continue
    if c["file"] != nil
      // a static file streamed in pieces: one piece per writable wait
      if await_write(fd, s["request_timeout_ms"]) == 1 && __http_file_step(c, fd) >= 0
        continue
      __http_file_drop(c)
      sock_close(fd)
      return nil
    if c["close"]
      __http_task_close(fd, c["linger"])
      return nil
    if c["held"]
      __http_task_job(s, c, http_conn_input(s, c, nil, true))
      continue
    idle = c["in"] == "" && c["req"] == nil
    ms = s["keepalive_ms"]
    if !idle
      ms = max(1, s["request_timeout_ms"] - (clock_mono_ms() - c["rt"]))
    data = async_recv(fd, 65536, ms)
    if data == nil
      if sock_error(fd) != 0 || net_last_error() != ""
        sock_close(fd)
        return nil
      if idle
        sock_close(fd)
        return nil
      http_conn_queue(s, c, nil, http_error(408, "request timed out", true))
      continue
    if data == ""
      sock_close(fd)
      return nil
    b = __http_fast(s, c, data, clock_mono_ms())
    if b != nil   // the common repeated static GET, as in http_serve_events
      c["reqs"] = c["reqs"] + 1
      if async_send_all(fd, b, s["request_timeout_ms"]) < len(b)
        sock_close(fd)
        return nil
      continue
    __http_task_job(s, c, http_conn_input(s, c, data, true))
  return nil

// ---------------------------------------------------------------- classes

// The reference library's class interface over the functions above:
//   srv = HTTPCGIServer(8080)
//   srv.set_htdocs("htdocs")       // document root (default "./")
//   srv.route("/api/x", handler)   // in-process handler fn(req)
//   srv.set_threads(8)             // thread pool instead of the event loop
//   srv.start()                    // prints the URL, serves forever
//   srv.handle_client(fd)          // serves one accepted connection
//   srv.send_response(fd, code, text, body)   // one text/html response
class HTTPCGIServer(number port)
  htdocs = "./"
  host = "127.0.0.1"
  threads = 0
  cgi = true
  options = {}
  routes = []
  server = nil

  fun set_htdocs(this, path)
    this.htdocs = path
    return this

  fun set_host(this, h)
    this.host = h
    return this

  fun set_threads(this, n)
    this.threads = n
    return this

  fun route(this, path, handler)
    push(this.routes, [path, handler])
    return this

  fun _server(this)
    if this.server == nil
      o = {"root": this.htdocs, "host": this.host, "port": this.port, "cgi": this.cgi}
      for (k, v) in this.options
        o[k] = v
      srv = http_server_new(o)
      for r in this.routes
        http_route(srv, r[0], r[1])
      this.server = srv
    return this.server

  fun start(this)
    srv = this._server()
    try
      http_listen(srv)
    catch e
      print(e)
      return 0
    print("Serving " + this.htdocs + " at " + http_url(srv))
    if this.threads > 0
      http_serve_threads(srv, this.threads)
    else
      http_serve_events(srv)
    return 1

  fun handle_client(this, fd)
    fd_set_nonblock(fd, 0)
    http_serve_conn(this._server(), fd)
    return 1

  fun send_response(this, fd, code, text, body)
    res = {"status": code, "type": "text/html; charset=utf-8", "headers": [],
      "body": to_string(body), "close": true}
    srv = this._server()
    return sock_send(fd, http_response_bytes(srv, nil, res, false))
