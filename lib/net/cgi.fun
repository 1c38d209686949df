// net/cgi.fun: helpers for scripts run by a CGI server.
//   cgi = CGI()   reads REQUEST_METHOD, QUERY_STRING, CONTENT_TYPE,
//                 CONTENT_LENGTH, HTTP_COOKIE and POST_DATA from the
//                 environment and parses:
//     - the query string (name=value pairs separated by & or ;),
//     - an application/x-www-form-urlencoded POST body, taken from
//       POST_DATA when it is set and non-empty (our CGI servers pass the body
//       that way), otherwise read from stdin (at most CONTENT_LENGTH bytes;
//       stdin is read to its end, as a CGI server closes it after the body),
//     - cookies ("a=1; b=2"; values are kept as sent, quotes included, as
//       the reference does).
//   The raw variables are in the public Map `env` (REQUEST_METHOD,
//   QUERY_STRING, CONTENT_TYPE, CONTENT_LENGTH, HTTP_COOKIE, POST_DATA).
//   Parameters from the query string come first, then those of the body.
// Request:
//   param(name) -> first value or ""     param_all(name) -> Array of values
//   has_param(name) -> Boolean           params() -> Map name -> Array of values
//   cookie(name) -> value or ""          cookies() -> Map name -> value
//   fields: method, query_string, request_content_type (CONTENT_TYPE; the
//   name content_type is the response method), content_length, body
// Response:
//   status(code, text) (default "200 OK"; text defaults to the usual reason phrase),
//   content_type(ct) (default "text/html; charset=utf-8"),
//   header(name, value) (added in order; CR/LF in a name or value throws),
//   set_cookie(name, value, attrs), redirect(location, code) (default 302),
//   header_str() -> "Status: 200 OK\r\nContent-Type: ...\r\n...\r\n" (the
//   Status line is always sent, as the reference does)
//   send(body) prints header_str() + body and a final newline
// Utilities (pure, usable on any instance):
//   escape_html(s)   & < > " ' -> &amp; &lt; &gt; &quot; &#39;
//   url_decode(s)    %XX and + (space); malformed % escapes are kept as is
//   url_encode(s)    every byte except A-Z a-z 0-9 - _ . ~ becomes %XX
//   parse_urlencoded(s) -> Map name -> Array of values
//   cgi_to_http_response(raw) turns a CGI script's output (header lines, an
//     empty line, body) into an HTTP/1.1 response: the Status header becomes
//     the status line (200 OK by default, 302 Found with only a Location),
//     Content-Length and Connection: close are added when missing; output
//     without a header block is sent whole as a text/html body.
// Like the reference, this file includes strings.fun.
#include <hex.fun> as __cgi_hex
#include <strings.fun>

class CGI()
  method = ""
  query_string = ""
  request_content_type = ""
  content_length = 0
  body = ""
  _params = {}
  _cookies = {}
  env = {}
  _status = "200 OK"
  _ctype = "text/html; charset=utf-8"
  _headers = []

  fun _construct(this)
    e = {}
    for name in ["REQUEST_METHOD", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_COOKIE", "POST_DATA"]
      e[name] = env(name)
    this.env = e
    this.method = upper(env("REQUEST_METHOD"))
    this.query_string = env("QUERY_STRING")
    this.request_content_type = env("CONTENT_TYPE")
    n = to_number(trim(env("CONTENT_LENGTH")))
    if typeof(n) != "Number" || n < 0
      n = 0
    this.content_length = n
    this.body = env("POST_DATA")
    if this.body == "" && this.method == "POST" && n > 0
      data = read_file("/dev/stdin")
      if data == nil
        data = ""
      this.body = substr(data, 0, n)
    this._add_params(this.query_string)
    ct = lower(this.request_content_type)
    if this.body != "" && (ct == "" || find(ct, "application/x-www-form-urlencoded") >= 0)
      this._add_params(this.body)
    this._cookies = this._parse_cookies(env("HTTP_COOKIE"))

  fun _add_params(this, s)
    for (k, vs) in this.parse_urlencoded(s)
      if !has(this._params, k)
        this._params[k] = []
      for v in vs
        push(this._params[k], v)

  fun parse_urlencoded(this, s)
    out = {}
    for piece in split(replace(s, ";", "&"), "&")
      if piece == ""
        continue
      eq = find(piece, "=")
      if eq >= 0
        k = this.url_decode(substr(piece, 0, eq))
        v = this.url_decode(substr(piece, eq + 1, len(piece) - eq - 1))
      else
        k = this.url_decode(piece)
        v = ""
      if !has(out, k)
        out[k] = []
      push(out[k], v)
    return out

  fun _parse_cookies(this, s)
    out = {}
    for piece in split(s, ";")
      piece = trim(piece)
      if piece == ""
        continue
      eq = find(piece, "=")
      if eq < 0
        out[piece] = ""
      else
        k = trim(substr(piece, 0, eq))
        v = trim(substr(piece, eq + 1, len(piece) - eq - 1))
        if !has(out, k)
          out[k] = v
    return out

  fun param(this, name)
    if has(this._params, name)
      return this._params[name][0]
    return ""

  fun param_all(this, name)
    if has(this._params, name)
      return copy(this._params[name])
    return []

  fun has_param(this, name)
    return has(this._params, name)

  fun params(this)
    out = {}
    for (k, vs) in this._params
      out[k] = copy(vs)
    return out

  fun cookie(this, name)
    if has(this._cookies, name)
      return this._cookies[name]
    return ""

  fun cookies(this)
    out = {}
    for (k, v) in this._cookies
      out[k] = v
    return out

  fun _reason(this, code)
    r = {"200": "OK", "201": "Created", "204": "No Content", "301": "Moved Permanently", "302": "Found", "303": "See Other", "304": "Not Modified", "307": "Temporary Redirect", "308": "Permanent Redirect", "400": "Bad Request", "401": "Unauthorized", "403": "Forbidden", "404": "Not Found", "405": "Method Not Allowed", "500": "Internal Server Error", "501": "Not Implemented", "503": "Service Unavailable"}
    k = to_string(code)
    if has(r, k)
      return r[k]
    return ""

  fun _check_header_text(this, s)
    s = to_string(s)
    if find(s, "\r") >= 0 || find(s, "\n") >= 0
      throw "CGI: header text must not contain CR or LF"
    return s

  fun status(this, code, text)
    if text == nil || text == ""
      text = this._reason(code)
    line = to_string(code)
    if text != ""
      line += " " + to_string(text)
    this._status = this._check_header_text(line)
    return this

  fun content_type(this, ct)
    this._ctype = this._check_header_text(ct)
    return this

  fun header(this, name, value)
    push(this._headers, [this._check_header_text(name), this._check_header_text(value)])
    return this

  fun set_cookie(this, name, value, attrs)
    v = to_string(name) + "=" + to_string(value)
    if attrs != nil && attrs != ""
      v += "; " + to_string(attrs)
    return this.header("Set-Cookie", v)

  fun redirect(this, location, code)
    if code == nil
      code = 302
    this.status(code, nil)
    return this.header("Location", location)

  fun header_str(this)
    s = "Status: " + this._status + "\r\n"
    s += "Content-Type: " + this._ctype + "\r\n"
    for h in this._headers
      s += h[0] + ": " + h[1] + "\r\n"
    return s + "\r\n"

  fun send(this, body)
    if body == nil
      body = ""
    print(this.header_str() + to_string(body))
    return nil

  fun escape_html(this, s)
    s = to_string(s)
    s = replace(s, "&", "&amp;")
    s = replace(s, "<", "&lt;")
    s = replace(s, ">", "&gt;")
    s = replace(s, "\"", "&quot;")
    return replace(s, "'", "&#39;")

  fun url_decode(this, s)
    s = to_string(s)
    if find(s, "%") < 0 && find(s, "+") < 0
      return s
    parts = []
    n = len(s)
    i = 0
    while i < n
      c = s[i]
      if c == "+"
        push(parts, " ")
      else if c == "%" && i + 2 < n && __cgi_hex.hex_val(s[i + 1]) >= 0 && __cgi_hex.hex_val(s[i + 2]) >= 0
        push(parts, chr(__cgi_hex.hex_val(s[i + 1]) * 16 + __cgi_hex.hex_val(s[i + 2])))
        i += 2
      else
        push(parts, c)
      i += 1
    return join(parts, "")

  fun url_encode(this, s)
    s = to_string(s)
    d = "0123456789ABCDEF"
    parts = []
    n = len(s)
    for i in range(0, n)
      c = ord(s, i)
      if (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95 || c == 46 || c == 126
        push(parts, s[i])
      else
        push(parts, "%" + d[c / 16] + d[c % 16])
    return join(parts, "")

  fun cgi_to_http_response(this, raw)
    raw = to_string(raw)
    a = find(raw, "\r\n\r\n")
    b = find(raw, "\n\n")
    cut = -1
    seplen = 0
    if a >= 0 && (b < 0 || a <= b)
      cut = a
      seplen = 4
    else if b >= 0
      cut = b
      seplen = 2
    head = []
    body = raw
    if cut >= 0
      hdr_text = substr(raw, 0, cut)
      ok_block = true
      for line in split(hdr_text, "\n")
        line = rtrim(line)
        colon = find(line, ":")
        if colon <= 0
          ok_block = false
          break
        push(head, [trim(substr(line, 0, colon)), trim(substr(line, colon + 1, len(line) - colon - 1))])
      if ok_block
        body = substr(raw, cut + seplen, len(raw) - cut - seplen)
      else
        head = []
    status = ""
    has_ct = false
    has_cl = false
    has_conn = false
    has_loc = false
    lines = []
    for h in head
      name = lower(h[0])
      if name == "status"
        status = h[1]
        continue
      if name == "content-type"
        has_ct = true
      if name == "content-length"
        has_cl = true
      if name == "connection"
        has_conn = true
      if name == "location"
        has_loc = true
      push(lines, h[0] + ": " + h[1] + "\r\n")
    if status == ""
      status = has_loc ? "302 Found" : "200 OK"
    else if find(status, " ") < 0
      reason = this._reason(status)
      if reason != ""
        status += " " + reason
    out = "HTTP/1.1 " + status + "\r\n"
    if !has_ct
      out += "Content-Type: text/html\r\n"
    out += join(lines, "")
    if !has_cl
      out += "Content-Length: " + to_string(len(body)) + "\r\n"
    if !has_conn
      out += "Connection: close\r\n"
    return out + "\r\n" + body
