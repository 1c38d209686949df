// SPDX-License-Identifier: MIT
// net/http_client.fun: an HTTP/1.1 client (docs/http_client.md).
//   http_request(method, url, headers, body, options) -> response Map
//   http_get(url, options)                            -> response Map
//   response: {"status": Int, "reason": String, "headers": Map (lower-case
//              names, repeated headers joined with ", "), "body": String,
//              "url": the final URL, "redirects": Int, "version": "HTTP/1.1"}
//   options (all optional): timeout_ms (whole request incl. redirects, default
//   30000, negative: no limit), max_redirects (default 10, 0: return the 3xx),
//   keep_alive (default true), max_body (bytes, default 256 MiB), and for
//   https:// the tls_client options ca_file, cert_file, key_file, verify.
//   http_close_idle() closes the pooled keep-alive connections.
// A connection, TLS or protocol failure raises a catchable String error
// "http: METHOD URL: reason". Every wait goes through await_read/await_write,
// so inside a task only that task is parked and at top level the call blocks.
// The reference's curl extension is provided on top of it with the same names
// and results: curl_get(url), curl_post(url, body), curl_download(url, path).

// scheme://host:port -> Array of idle connections ({fd, tls, buf, key})
__hc_pool = {}
__hc_max_idle = 32

// _ctx names the call: "http: GET URL" (websocket.fun passes its own)
fun __hc_fail(_ctx, _why)
  throw _ctx + ": " + _why

fun __hc_opt(_opts, _name, _def)
  if typeof(_opts) != "Map"
    return _def
  _v = _opts[_name]
  if _v == nil
    return _def
  return _v

// ---- URLs

// {"scheme", "host", "port", "target", "hostport"} or nil when malformed.
fun http_parse_url(url)
  if typeof(url) != "String"
    return nil
  _p = find(url, "://")
  if _p <= 0
    return nil
  _scheme = lower(url[0:_p])
  if _scheme != "http" && _scheme != "https"
    return nil
  _rest = url[_p + 3:len(url)]
  _hash = find(_rest, "#")
  if _hash >= 0
    _rest = _rest[0:_hash]
  _end = len(_rest)
  for _c in ["/", "?"]
    _i = find(_rest, _c)
    if _i >= 0 && _i < _end
      _end = _i
  _auth = _rest[0:_end]
  _target = _rest[_end:len(_rest)]
  if _target == ""
    _target = "/"
  else if _target[0] == "?"
    _target = "/" + _target
  _at = find(_auth, "@")
  while _at >= 0
    _auth = _auth[_at + 1:len(_auth)]
    _at = find(_auth, "@")
  _port = _scheme == "https" ? 443 : 80
  _host = _auth
  _pstr = ""
  if len(_auth) > 0 && _auth[0] == "["
    _close = find(_auth, "]")
    if _close < 0
      return nil
    _host = _auth[1:_close]
    _after = _auth[_close + 1:len(_auth)]
    if _after != ""
      if _after[0] != ":"
        return nil
      _pstr = _after[1:len(_after)]
  else
    _colon = find(_auth, ":")
    if _colon >= 0
      _host = _auth[0:_colon]
      _pstr = _auth[_colon + 1:len(_auth)]
  if _host == ""
    return nil
  if _pstr != ""
    for _ch in _pstr
      if _ch < "0" || _ch > "9"
        return nil
    _port = to_number(_pstr)
    if _port < 1 || _port > 65535
      return nil
  for _ch in _target
    if _ch == " " || _ch == "\r" || _ch == "\n" || _ch == "\0"
      return nil
  _hp = find(_host, ":") >= 0 ? "[" + _host + "]" : _host
  if _pstr != "" && _port != (_scheme == "https" ? 443 : 80)
    _hp = _hp + ":" + to_string(_port)
  return {"scheme": _scheme, "host": _host, "port": _port, "target": _target, "hostport": _hp}

// The URL a Location header points to, seen from `base` (a parsed URL).
fun __hc_resolve(_base, _loc)
  if find(_loc, "://") > 0
    return _loc
  _origin = _base.scheme + "://" + _base.hostport
  if starts_with(_loc, "//")
    return _base.scheme + ":" + _loc
  if starts_with(_loc, "/")
    return _origin + _loc
  _path = _base.target
  _q = find(_path, "?")
  if _q >= 0
    _path = _path[0:_q]
  if starts_with(_loc, "?")
    return _origin + _path + _loc
  _slash = len(_path) - 1
  while _slash > 0 && _path[_slash] != "/"
    _slash -= 1
  _rel = _loc
  _tail = ""
  _qi = find(_rel, "?")
  if _qi >= 0
    _tail = _rel[_qi:len(_rel)]
    _rel = _rel[0:_qi]
  // RFC 3986 5.2.4: drop "." segments, ".." removes the one before
  _segs = []
  for _sg in split(_path[0:_slash + 1] + _rel, "/")
    if _sg == ".."
      if len(_segs) > 1
        pop(_segs)
    else if _sg != "."
      push(_segs, _sg)
  if _rel == "." || _rel == ".." || ends_with(_rel, "/.") || ends_with(_rel, "/..")
    push(_segs, "")
  _joined = join(_segs, "/")
  if !starts_with(_joined, "/")
    _joined = "/" + _joined
  return _origin + _joined + _tail

// ---- deadlines

fun __hc_deadline(_ms)
  if _ms == nil || _ms < 0
    return -1
  return clock_mono_ms() + _ms

fun __hc_left(_deadline)
  if _deadline < 0
    return -1
  _l = _deadline - clock_mono_ms()
  return _l < 0 ? 0 : _l

// ---- connections (plain or TLS), every wait parks only the calling task

fun __hc_close(_c)
  if _c.fd < 0
    return nil
  if _c.tls != nil
    tls_close(_c.tls)   // closes the fd too
  else
    sock_close(_c.fd)
  _c.fd = -1

fun __hc_wait(_c, _want, _deadline, _ctx)
  _r = _want == "w" ? await_write(_c.fd, __hc_left(_deadline)) : await_read(_c.fd, __hc_left(_deadline))
  if _r == 0
    __hc_fail(_ctx, "timed out")
  if _r < 0
    __hc_fail(_ctx, "connection closed")

// Pooled connections are shared only by requests with the same TLS settings:
// one made with verify false must never serve a request that verifies.
fun __hc_pool_key(_u, _opts)
  _k = _u.scheme + "://" + _u.hostport
  if _u.scheme == "https"
    for _o in ["ca_file", "cert_file", "key_file", "verify"]
      _k = _k + "|" + to_string(__hc_opt(_opts, _o, ""))
  return _k

fun __hc_connect(_u, _opts, _deadline, _ctx)
  _fd = tcp_connect_nb(_u.host, _u.port)
  if _fd <= 0
    __hc_fail(_ctx, net_last_error())
  _c = {"fd": _fd, "tls": nil, "buf": "", "key": __hc_pool_key(_u, _opts), "reused": false}
  try
    __hc_wait(_c, "w", _deadline, _ctx)
    _e = sock_error(_fd)
    if _e != 0
      net_set_error(_e)
      __hc_fail(_ctx, net_last_error())
    if _u.scheme == "https"
      __hc_tls_start(_c, _u, _opts, _deadline, _ctx)
  catch _err
    __hc_close(_c)
    throw _err
  return _c

fun __hc_tls_start(_c, _u, _opts, _deadline, _ctx)
  _topts = {}
  for _k in ["ca_file", "cert_file", "key_file", "verify"]
    if typeof(_opts) == "Map" && has(_opts, _k)
      _topts[_k] = _opts[_k]
  try
    _c.tls = tls_client(_c.fd, _u.host, _topts)
  catch _e
    __hc_fail(_ctx, "TLS: " + to_string(_e))
  while true
    _h = tls_handshake(_c.tls)
    if _h == 1
      return nil
    if _h < 0
      __hc_fail(_ctx, "TLS: " + tls_error(_c.tls))
    __hc_wait(_c, tls_want(_c.tls), _deadline, _ctx)

fun __hc_send_all(_c, _data, _deadline, _ctx)
  _total = len(_data)
  _sent = 0
  while _sent < _total
    _chunk = _sent == 0 ? _data : _data[_sent:_total]
    if _c.tls != nil
      _n = tls_send(_c.tls, _chunk)
    else
      _n = sock_send(_c.fd, _chunk)
    if _n < 0
      __hc_fail(_ctx, "send failed: " + (_c.tls != nil ? tls_error(_c.tls) : net_last_error()))
    if _n > 0
      _sent += _n
      continue
    __hc_wait(_c, _c.tls != nil ? tls_want(_c.tls) : "w", _deadline, _ctx)

// The next bytes from the peer: a non-empty String, or "" at EOF.
fun __hc_recv(_c, _deadline, _ctx)
  while true
    if _c.tls != nil
      _d = tls_recv(_c.tls, 65536)
    else
      _d = sock_recv(_c.fd, 65536)
    if _d != nil
      return _d
    if _c.tls != nil
      _w = tls_want(_c.tls)
      if _w != "r" && _w != "w"
        __hc_fail(_ctx, "TLS: " + tls_error(_c.tls))
      __hc_wait(_c, _w, _deadline, _ctx)
    else
      _e = sock_error(_c.fd)
      if _e != 0
        net_set_error(_e)
        __hc_fail(_ctx, net_last_error())
      __hc_wait(_c, "r", _deadline, _ctx)

// Appends to c.buf; false at EOF.
fun __hc_fill(_c, _deadline, _ctx)
  _d = __hc_recv(_c, _deadline, _ctx)
  if _d == ""
    return false
  _c.buf = _c.buf + _d
  return true

// An idle connection is usable while the server has neither closed it nor
// sent anything. Over TLS, records that carry no data (TLS 1.3 session
// tickets) also make the socket readable: tls_recv consumes them and gives nil.
fun __hc_idle_alive(_c)
  if fd_poll_read(_c.fd, 0) == 0
    return true
  if _c.tls == nil
    return false
  _d = tls_recv(_c.tls, 65536)
  return _d == nil && tls_want(_c.tls) == "r" && tls_error(_c.tls) == ""

fun __hc_pool_get(_key)
  _idle = __hc_pool[_key]
  while _idle != nil && len(_idle) > 0
    _c = pop(_idle)
    if __hc_idle_alive(_c)
      _c.reused = true
      return _c
    __hc_close(_c)
  return nil

fun __hc_pool_put(_c)
  _idle = __hc_pool[_c.key]
  if _idle == nil
    _idle = []
    __hc_pool[_c.key] = _idle
  if len(_idle) >= __hc_max_idle || _c.buf != ""
    __hc_close(_c)
    return nil
  push(_idle, _c)

// Closes every pooled keep-alive connection; returns how many.
fun http_close_idle()
  _n = 0
  for (_k, _idle) in __hc_pool
    for _c in _idle
      __hc_close(_c)
      _n += 1
  __hc_pool = {}
  return _n

// ---- the response

fun __hc_hexval(_s, _ctx)
  _s = trim(_s)
  _semi = find(_s, ";")
  if _semi >= 0
    _s = trim(_s[0:_semi])
  if _s == "" || len(_s) > 15
    __hc_fail(_ctx, "bad chunk size '" + _s + "'")
  _n = 0
  for _ch in lower(_s)
    _d = find("0123456789abcdef", _ch)
    if _d < 0
      __hc_fail(_ctx, "bad chunk size '" + _s + "'")
    _n = _n * 16 + _d
  return _n

// Reads up to the blank line; {"version", "status", "reason", "headers"}.
fun __hc_read_head(_c, _deadline, _ctx)
  _end = find(_c.buf, "\r\n\r\n")
  while _end < 0
    if len(_c.buf) > 65536
      __hc_fail(_ctx, "response head too large")
    if !__hc_fill(_c, _deadline, _ctx)
      if _c.buf == ""
        __hc_fail(_ctx, "connection closed before a response")
      __hc_fail(_ctx, "truncated response head")
    _end = find(_c.buf, "\r\n\r\n")
  _lines = split(_c.buf[0:_end], "\r\n")
  _c.buf = _c.buf[_end + 4:len(_c.buf)]
  _sl = _lines[0]
  if !starts_with(_sl, "HTTP/1.") || len(_sl) < 12 || _sl[8] != " "
    __hc_fail(_ctx, "bad status line '" + _sl[0:80] + "'")
  _code = _sl[9:12]
  for _ch in _code
    if _ch < "0" || _ch > "9"
      __hc_fail(_ctx, "bad status line '" + _sl[0:80] + "'")
  _h = {}
  _i = 1
  while _i < len(_lines)
    _ln = _lines[_i]
    _i += 1
    _colon = find(_ln, ":")
    if _colon <= 0
      __hc_fail(_ctx, "bad header line '" + _ln[0:80] + "'")
    _name = lower(trim(_ln[0:_colon]))
    _val = trim(_ln[_colon + 1:len(_ln)])
    if has(_h, _name)
      _h[_name] = _h[_name] + ", " + _val
    else
      _h[_name] = _val
  return {"version": _sl[0:8], "status": to_number(_code), "reason": trim(_sl[12:len(_sl)]), "headers": _h}

fun __hc_body_fixed(_c, _n, _max, _deadline, _ctx)
  if _n > _max
    __hc_fail(_ctx, "body larger than max_body (" + to_string(_max) + ")")
  if len(_c.buf) >= _n
    _b = _c.buf[0:_n]
    _c.buf = _c.buf[_n:len(_c.buf)]
    return _b
  _parts = [_c.buf]
  _have = len(_c.buf)
  _c.buf = ""
  while _have < _n
    _d = __hc_recv(_c, _deadline, _ctx)
    if _d == ""
      __hc_fail(_ctx, "truncated body (" + to_string(_have) + " of " + to_string(_n) + " bytes)")
    if _have + len(_d) > _n
      _c.buf = _d[_n - _have:len(_d)]
      _d = _d[0:_n - _have]
    push(_parts, _d)
    _have += len(_d)
  return join(_parts, "")

fun __hc_line(_c, _deadline, _ctx)
  _e = find(_c.buf, "\r\n")
  while _e < 0
    if len(_c.buf) > 8192
      __hc_fail(_ctx, "chunk line too long")
    if !__hc_fill(_c, _deadline, _ctx)
      __hc_fail(_ctx, "truncated chunked body")
    _e = find(_c.buf, "\r\n")
  _ln = _c.buf[0:_e]
  _c.buf = _c.buf[_e + 2:len(_c.buf)]
  return _ln

fun __hc_body_chunked(_c, _max, _deadline, _ctx)
  _parts = []
  _total = 0
  while true
    _n = __hc_hexval(__hc_line(_c, _deadline, _ctx), _ctx)
    if _n == 0
      break
    _total += _n
    if _total > _max
      __hc_fail(_ctx, "body larger than max_body (" + to_string(_max) + ")")
    push(_parts, __hc_body_fixed(_c, _n, _max, _deadline, _ctx))
    if __hc_line(_c, _deadline, _ctx) != ""
      __hc_fail(_ctx, "bad chunk terminator")
  // trailers (ignored) up to the blank line
  _t = __hc_line(_c, _deadline, _ctx)
  while _t != ""
    _t = __hc_line(_c, _deadline, _ctx)
  return join(_parts, "")

fun __hc_body_eof(_c, _max, _deadline, _ctx)
  _parts = [_c.buf]
  _have = len(_c.buf)
  _c.buf = ""
  while true
    _d = __hc_recv(_c, _deadline, _ctx)
    if _d == ""
      break
    _have += len(_d)
    if _have > _max
      __hc_fail(_ctx, "body larger than max_body (" + to_string(_max) + ")")
    push(_parts, _d)
  return join(_parts, "")

// ---- one exchange on one connection

fun __hc_valid_token(_s)
  if _s == ""
    return false
  for _ch in _s
    if _ch <= " " || _ch == ":" || _ch >= "\x7f"
      return false
  return true

fun __hc_build(_method, _u, _headers, _body, _keep, _ctx)
  _out = [_method + " " + _u.target + " HTTP/1.1\r\n"]
  _given = {}
  if typeof(_headers) == "Map"
    for (_k, _v) in _headers
      if !__hc_valid_token(_k)
        __hc_fail(_ctx, "invalid header name '" + _k + "'")
      _vals = typeof(_v) == "Array" ? _v : [_v]
      for _one in _vals
        _s = to_string(_one)
        if find(_s, "\r") >= 0 || find(_s, "\n") >= 0 || find(_s, "\0") >= 0
          __hc_fail(_ctx, "invalid value for header '" + _k + "'")
        push(_out, _k + ": " + _s + "\r\n")
      _given[lower(_k)] = true
  else if _headers != nil
    __hc_fail(_ctx, "headers must be a Map")
  if !has(_given, "host")
    push(_out, "Host: " + _u.hostport + "\r\n")
  if !has(_given, "user-agent")
    push(_out, "User-Agent: fun-http/1.0\r\n")
  if !has(_given, "accept")
    push(_out, "Accept: */*\r\n")
  if !_keep && !has(_given, "connection")
    push(_out, "Connection: close\r\n")
  if _body != nil && !has(_given, "content-length") && !has(_given, "transfer-encoding")
    push(_out, "Content-Length: " + to_string(len(_body)) + "\r\n")
  push(_out, "\r\n")
  if _body != nil
    push(_out, _body)
  return join(_out, "")

fun __hc_exchange(_c, _method, _req, _opts, _deadline, _ctx)
  __hc_send_all(_c, _req, _deadline, _ctx)
  _max = __hc_opt(_opts, "max_body", 268435456)
  while true
    _r = __hc_read_head(_c, _deadline, _ctx)
    // 1xx interim responses (100 Continue, 103 Early Hints) come before the real one
    if _r.status >= 200 || _r.status == 101
      break
  _h = _r.headers
  _reusable = _r.version == "HTTP/1.1"
  _conn = lower(to_string(get(_h, "connection", "")))
  if find(_conn, "close") >= 0
    _reusable = false
  if _r.version == "HTTP/1.0" && find(_conn, "keep-alive") >= 0
    _reusable = true
  if _method == "HEAD" || _r.status == 204 || _r.status == 304 || _r.status == 101
    _r.body = ""
  else if has(_h, "transfer-encoding") && find(lower(_h["transfer-encoding"]), "chunked") >= 0
    _r.body = __hc_body_chunked(_c, _max, _deadline, _ctx)
  else if has(_h, "content-length")
    _cl = trim(_h["content-length"])
    _ok = _cl != "" && len(_cl) < 19
    for _ch in _cl
      if _ch < "0" || _ch > "9"
        _ok = false
    if !_ok
      __hc_fail(_ctx, "bad Content-Length '" + _cl + "'")
    _r.body = __hc_body_fixed(_c, to_number(_cl), _max, _deadline, _ctx)
  else
    _r.body = __hc_body_eof(_c, _max, _deadline, _ctx)
    _reusable = false
  _r.reusable = _reusable
  return _r

// One request without redirects, on a pooled or a new connection.
fun __hc_once(_method, _u, _headers, _body, _opts, _deadline, _ctx)
  _keep = __hc_opt(_opts, "keep_alive", true)
  _req = __hc_build(_method, _u, _headers, _body, _keep, _ctx)
  _c = _keep ? __hc_pool_get(__hc_pool_key(_u, _opts)) : nil
  while true
    _fresh = _c == nil
    if _fresh
      _c = __hc_connect(_u, _opts, _deadline, _ctx)
    try
      _r = __hc_exchange(_c, _method, _req, _opts, _deadline, _ctx)
    catch _err
      __hc_close(_c)
      // a pooled connection the server closed meanwhile: once more on a new one
      if !_fresh && (find(to_string(_err), "connection closed before a response") >= 0 || find(to_string(_err), "send failed") >= 0 || find(to_string(_err), "reset") >= 0)
        _c = nil
        continue
      throw _err
    if _keep && _r.reusable
      __hc_pool_put(_c)
    else
      __hc_close(_c)
    remove(_r, "reusable")
    return _r

fun http_request(method, url, headers, body, options)
  _method = upper(to_string(method))
  if !__hc_valid_token(_method)
    throw "http: invalid method '" + to_string(method) + "'"
  if body != nil && typeof(body) != "String"
    body = to_string(body)
  _deadline = __hc_deadline(__hc_opt(options, "timeout_ms", 30000))
  _max_redir = __hc_opt(options, "max_redirects", 10)
  _redirs = 0
  _url = url
  _hdrs = headers
  while true
    _ctx = "http: " + _method + " " + to_string(_url)
    _u = http_parse_url(_url)
    if _u == nil
      __hc_fail(_ctx, "malformed URL")
    _r = __hc_once(_method, _u, _hdrs, body, options, _deadline, _ctx)
    _r.url = _url
    _r.redirects = _redirs
    _loc = _r.headers["location"]
    _st = _r.status
    if _loc == nil || (_st != 301 && _st != 302 && _st != 303 && _st != 307 && _st != 308) || _max_redir <= 0
      return _r
    if _redirs >= _max_redir
      __hc_fail(_ctx, "too many redirects (" + to_string(_max_redir) + ")")
    _redirs += 1
    _next = __hc_resolve(_u, _loc)
    // 303, and 301/302 after a POST, turn into a GET without a body (as browsers and curl do)
    if _st == 303 || ((_st == 301 || _st == 302) && _method == "POST")
      if _method != "HEAD"
        _method = "GET"
      body = nil
    // credentials and cookies never follow a redirect to another host
    _nu = http_parse_url(_next)
    if _nu != nil && typeof(_hdrs) == "Map" && (_nu.host != _u.host || _nu.port != _u.port || _nu.scheme != _u.scheme)
      _clean = {}
      for (_k, _v) in _hdrs
        _lk = lower(_k)
        if _lk != "authorization" && _lk != "cookie" && _lk != "host"
          _clean[_k] = _v
      _hdrs = _clean
    _url = _next

fun http_get(url, options)
  return http_request("GET", url, nil, nil, options)

// ---- the reference's curl extension (docs/http_client.md): same names and
// results. Redirects are followed, the status is ignored, a transport failure
// gives "" (curl_get/curl_post) or 0 (curl_download), bodies are cut at their
// first NUL byte as the reference's are. Unlike libcurl there is a timeout:
// 5 minutes per transfer.

__hc_curl_opts = {"max_redirects": 30, "timeout_ms": 300000}

fun __hc_cut_nul(_s)
  _z = find(_s, "\0")
  return _z >= 0 ? _s[0:_z] : _s

fun curl_get(url)
  try
    return __hc_cut_nul(http_request("GET", to_string(url), nil, nil, __hc_curl_opts).body)
  catch _e
    return ""

fun curl_post(url, body)
  try
    _r = http_request("POST", to_string(url), {"Content-Type": "application/x-www-form-urlencoded"}, to_string(body), __hc_curl_opts)
    return __hc_cut_nul(_r.body)
  catch _e
    return ""

fun curl_download(url, path)
  if write_file(to_string(path), "") != 1
    return 0
  try
    _r = http_request("GET", to_string(url), nil, nil, __hc_curl_opts)
  catch _e
    return 0
  return write_file(to_string(path), _r.body) == 1 ? 1 : 0
