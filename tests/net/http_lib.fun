// The pure parts of lib/net/http_cgi_server.fun: parsing, decoding, dates,
// content types, CGI output, response bytes.
#include <net/http_cgi_server.fun>

print(http_pct_decode("/a%20b/%41%2f+"))           // expect: /a b/A/+
print(http_pct_decode("/%zz") == nil)               // expect: true
print(http_pct_decode("/%4") == nil)                // expect: true
print(len(http_pct_decode("%00")))                  // expect: 1
print(http_date(0))                                 // expect: Thu, 01 Jan 1970 00:00:00 GMT
print(http_date(784111777))                         // expect: Sun, 06 Nov 1994 08:49:37 GMT
print(http_date(951782400))                         // expect: Tue, 29 Feb 2000 00:00:00 GMT
print(http_date(4102444799))                        // expect: Thu, 31 Dec 2099 23:59:59 GMT
print(http_date(4107542399))                        // expect: Sun, 28 Feb 2100 23:59:59 GMT
print(http_content_type("/a/b.PNG"))                // expect: image/png
print(http_content_type("x.css"))                   // expect: text/css; charset=utf-8
print(http_content_type("dir.d/noext"))             // expect: application/octet-stream
print(http_reason(431), "|", http_reason(299))      // expect: Request Header Fields Too Large | Unknown
print(http_escape_html("<a href=\"x\">&</a>"))      // expect: &lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;
print(http_dirname("a/b/c.fun"), http_dirname("c.fun"), http_dirname("/c"))  // expect: a/b . /

s = {"max_body": 100}
r = http_parse_head(s, "GET /a%20b/c?x=1&y=%20 HTTP/1.1\r\nHost: h:1\r\nX-A: 1\r\nx-a: 2\r\nCookie: a=1\r\nCookie: b=2")
print(r["method"], r["path"], r["raw_path"], r["query"], r["version"], r["keep_alive"])
// expect: GET /a b/c /a%20b/c x=1&y=%20 HTTP/1.1 true
print(r["headers"])
// expect: {"host": h:1, "x-a": 1, 2, "cookie": a=1; b=2}
r = http_parse_head(s, "GET http://localhost/p?q HTTP/1.0\nConnection: keep-alive")
print(r["path"], r["query"], r["keep_alive"])       // expect: /p q true
r = http_parse_head(s, "GET / HTTP/1.0")
print(r["keep_alive"])                              // expect: false
r = http_parse_head(s, "GET / HTTP/1.1\r\nHost: x\r\nConnection: Close")
print(r["keep_alive"])                              // expect: false
r = http_parse_head(s, "OPTIONS * HTTP/1.1\r\nHost: x")
print(r["path"])                                    // expect: *

fun err(head)
  r = http_parse_head(s, head)
  if r["error"] == nil
    return "ok"
  return to_string(r["error"]) + " " + r["msg"]

print(err("GET /"))                                 // expect: 400 malformed request line
print(err("GET  / HTTP/1.1"))                       // expect: 400 malformed request line
print(err("G(T / HTTP/1.1"))                        // expect: 400 malformed method
print(err("GET / HTTP/3.0\r\nHost: x"))             // expect: 505 HTTP version not supported
print(err("GET / HTTPS/1.1"))                       // expect: 400 malformed HTTP version
print(err("FOO / HTTP/1.1\r\nHost: x"))             // expect: 501 method not implemented
print(err("GET / HTTP/1.1"))                        // expect: 400 missing Host header
print(err("GET / HTTP/1.1\r\nHost: x\r\nHost: y"))  // expect: 400 more than one Host
print(err("GET / HTTP/1.1\r\nHost: x\r\n folded"))  // expect: 400 malformed header line
print(err("GET / HTTP/1.1\r\nHost : x"))            // expect: 400 malformed header name
print(err("GET x HTTP/1.1\r\nHost: x"))             // expect: 400 malformed request target
print(err("GET /?a\0b HTTP/1.1\r\nHost: x"))        // expect: 400 malformed request target
print(err("GET /%g0 HTTP/1.1\r\nHost: x"))          // expect: 400 malformed percent escape in path
print(err("GET /%00 HTTP/1.1\r\nHost: x"))          // expect: 400 malformed percent escape in path
print(err("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x"))     // expect: 400 bad Content-Length
print(err("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 101"))    // expect: 413 body too large
print(err("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100"))    // expect: ok
print(err("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6"))
// expect: 400 conflicting Content-Length
print(err("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked"))   // expect: ok
print(err("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked"))
// expect: 501 Transfer-Encoding not supported
print(err("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3"))
// expect: 400 Transfer-Encoding with Content-Length or HTTP/1.0

// CGI output -> response
fun show(out, code)
  r = http_cgi_response({"out": out, "code": code})
  return to_string(r["status"]) + " " + to_string(r["type"]) + " " + to_string(r["headers"]) + " [" + r["body"] + "]"

print(show("Content-Type: text/plain\r\n\r\nhi", 0))     // expect: 200 text/plain [] [hi]
print(show("Status: 404 Gone\nX-A: b\n\nno", 0))         // expect: 404 text/html; charset=utf-8 [[X-A, b]] [no]
print(show("Location: /x\r\n\r\n", 0))                   // expect: 302 nil [[Location, /x]] []
// CGI/1.1: no header block, or a non-zero exit after the headers, is a 500
print(show("plain text\nmore", 0)[0:3])                  // expect: 500
print(show("not a header\n\nbody", 0)[0:3])             // expect: 500
print(show("Content-Type: text/plain", 0)[0:3])          // expect: 500
print(show("", 1)[0:3], show("", 0)[0:3])                // expect: 500 500
print(show("Content-Type: text/plain\r\n\r\npartial", 1)[0:3])  // expect: 500
print(show("Content-Type: text/plain\r\n\r\n", 3)[0:3])         // expect: 500
print(show("Status: abc\n\n", 0)[0:3])                   // expect: 502
print(show("Content-Length: 99\nConnection: close\nX: y\n\nab", 0))  // expect: 200 text/html; charset=utf-8 [[X, y]] [ab]
print(http_cgi_response({"out": "", "code": -1, "timed_out": true})["status"])  // expect: 504

// response bytes (Date varies: drop that line)
srv = {"server_name": "t", "_date_sec": -1, "_date": ""}
fun bytes(req, res, ka)
  out = http_response_bytes(srv, req, res, ka)
  lines = []
  for ln in split(out, "\r\n")
    if !starts_with(ln, "Date: ")
      push(lines, ln)
  return join(lines, "|")

get11 = {"method": "GET", "version": "HTTP/1.1"}
print(bytes(get11, {"status": 200, "type": "text/plain", "headers": [["X", "1"]], "body": "hey"}, true))
// expect: HTTP/1.1 200 OK|Server: t|Content-Type: text/plain|X: 1|Content-Length: 3||hey
print(bytes({"method": "HEAD", "version": "HTTP/1.0"}, {"status": 200, "headers": [], "body": "hey"}, true))
// expect: HTTP/1.1 200 OK|Server: t|Content-Length: 3|Connection: keep-alive||
print(bytes(get11, {"status": 204, "headers": [], "body": ""}, false))
// expect: HTTP/1.1 204 No Content|Server: t|Connection: close||

// a connection fed byte by byte: chunked body, then a pipelined request
cs = http_server_new({"root": "examples/net/htdocs", "cgi": false})
fun echo_body(req)
  return {"type": "text/plain", "body": "[" + req["body"] + "]"}
http_route(cs, "/e", echo_body)
conn = http_conn_new(cs, -1)
raw = "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Trailer: 1\r\n\r\nGET /e HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok"
for ch in raw
  http_conn_input(cs, conn, ch, false)
for ln in split(conn.out, "\r\n")
  if starts_with(ln, "HTTP/") || starts_with(ln, "[")
    print(ln)
// expect: HTTP/1.1 200 OK
// expect: [hello, world!!!]HTTP/1.1 200 OK
// expect: [ok]
print(conn.closing, conn.inbuf == "", conn.req == nil)   // expect: false true true
conn = http_conn_new(cs, -1)
http_conn_input(cs, conn, "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false)
print(split(conn.out, "\r\n")[0], conn.closing)   // expect: HTTP/1.1 400 Bad Request true
conn = http_conn_new(cs, -1)
http_conn_input(cs, conn, "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n", false)
print(split(conn.out, "\r\n")[0], conn.closing)   // expect: HTTP/1.1 413 Content Too Large true

// handlers: String, Map, error -> 500, prefix routes
fun boom(req)
  throw "boom"
fun pre(req)
  return {"status": 201, "headers": {"X-P": 1}, "body": req["path"]}
http_route(cs, "/boom", boom)
http_route(cs, "/p/*", pre)
fun dispatch(path)
  r = http_dispatch(cs, {"method": "GET", "path": path, "raw_path": path, "query": "", "headers": {},
    "body": ""})
  return to_string(r["status"]) + " " + to_string(r["headers"]) + " " + to_string(len(r["body"]))
print(dispatch("/boom"))          // expect: 500 [] 153
// expect stderr: http handler error: boom
print(dispatch("/p/x/y"))         // expect: 201 [[X-P, 1]] 6
print(dispatch("/e"))             // expect: 200 [] 2

// HTTP dates in the three forms of RFC 9110 5.6.7; anything else is nil
print(http_parse_date("Sun, 06 Nov 1994 08:49:37 GMT"))     // expect: 784111777
print(http_parse_date("Sunday, 06-Nov-94 08:49:37 GMT"))    // expect: 784111777
print(http_parse_date("Sun Nov  6 08:49:37 1994"))          // expect: 784111777
print(http_parse_date(http_date(4107542399)))               // expect: 4107542399
print(http_parse_date("Tue, 29 Feb 2000 00:00:00 GMT"))     // expect: 951782400
print(http_parse_date("Thu, 01 Jan 1970 00:00:00 GMT"))     // expect: 0
print(http_parse_date("Fri, 01 Jan 2038 00:00:00 GMT") == 2145916800)   // expect: true
print(http_parse_date("Sun, 06 Nov 1994 08:49:37 UTC"), http_parse_date("yesterday"),
  http_parse_date("Sun, 06 Foo 1994 08:49:37 GMT"), http_parse_date("Sun, 32 Nov 1994 08:49:37 GMT"),
  http_parse_date("Sun, 06 Nov 1994 08:49 GMT"))
// expect: nil nil nil nil nil
