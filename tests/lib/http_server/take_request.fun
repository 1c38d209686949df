// http_take_request: the head of the next request found, split, checked and
// mapped in one call (src/lib/http.c); what the server's connections use.

// incomplete heads: nil, whatever their line endings so far
print(http_take_request("", 16384, 100, "a", "1"))                          // expect: nil
print(http_take_request("GET / HTTP/1.1\r\nHost: x\r\n", 16384, 100, "a", "1"))   // expect: nil
print(http_take_request("GET / HTTP/1.1\n\r\n", 16384, 100, "a", "1"))      // expect: nil

// a complete head: bytes used (empty lines before it and the blank line
// after it), the request map with the peer filled in; the body stays
buf = "\r\n\nPOST /a%20b?x=1#f HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nX: 1\r\nx:  2 \r\n\r\nabcGET"
t = http_take_request(buf, 16384, 100, "10.0.0.1", "555")
r = t[1]
print(t[0], substr(buf, t[0], len(buf) - t[0]))           // expect: 75 abcGET
print(r["method"], r["target"], r["path"], r["raw_path"], r["query"])   // expect: POST /a%20b?x=1#f /a b /a%20b x=1#f
print(r["headers"])                   // expect: {"host": h, "content-length": 3, "x": 1, 2}
print(r["content_length"], r["keep_alive"], r["chunked"], r["continue"], r["body"] == "")   // expect: 3 true false false true
print(r["remote_addr"], r["remote_port"])                 // expect: 10.0.0.1 555
print(keys(r))   // expect: [method, target, path, raw_path, query, version, headers, body, content_length, chunked, keep_alive, continue, remote_addr, remote_port]

// "\n\n" ends a head too, and the earlier of the two endings wins
t = http_take_request("GET / HTTP/1.0\nConnection: Keep-Alive\n\nGET / HTTP/1.1\r\n\r\n", 16384, 100, "", "")
print(t[0], t[1]["version"], t[1]["keep_alive"])          // expect: 39 HTTP/1.0 true

// absolute form, OPTIONS *, Expect, chunked
print(http_take_request("GET http://h:1/p/q?z HTTP/1.1\r\nHost: h\r\n\r\n", 16384, 100, "", "")[1]["path"])   // expect: /p/q
print(http_take_request("GET https://h HTTP/1.1\r\nHost: h\r\n\r\n", 16384, 100, "", "")[1]["path"])   // expect: /
print(http_take_request("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", 16384, 100, "", "")[1]["path"])   // expect: *
r = http_take_request("PUT /u HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nTransfer-Encoding: Chunked\r\n\r\n", 16384, 100, "", "")[1]
print(r["continue"], r["chunked"], r["content_length"])   // expect: true true 0

// errors: status and message, in http_parse_head's order
fun err(head)
  t = http_take_request(head, 64, 100, "", "")
  return to_string(t[1]["error"]) + " " + t[1]["msg"]
print(err("GET / HTTP/1.1\r\n" + repeat("a", 70)))                  // expect: 431 request header too large
print(err("GET /" + repeat("a", 8200)))                           // expect: 414 request line too long
print(err("GET /" + repeat("a", 8200) + " HTTP/1.1\r\n\r\n"))     // expect: 414 request line too long
print(err("GET / HTTP/1.1\r\nHost: h\r\nX: " + repeat("a", 60) + "\r\n\r\n"))   // expect: 431 request header too large
print(err("GET / HTTP/2.0\r\n\r\n"))                              // expect: 505 HTTP version not supported
print(err("GET  / HTTP/1.1\r\n\r\n"))                             // expect: 400 malformed request line
print(err("BREW / HTTP/1.1\r\nHost: h\r\n\r\n"))                  // expect: 501 method not implemented
print(err("GET / HTTP/1.1\r\n\r\n"))                              // expect: 400 missing Host header
print(err("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"))        // expect: 400 more than one Host
print(err("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"))   // expect: 400 conflicting Content-Length
print(err("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n"))   // expect: 400 bad Content-Length
print(err("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n"))  // expect: 413 body too large
print(err("GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n"))   // expect: 501 Transfer-Encoding not supported
print(err("GET / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"))   // expect: 400 Transfer-Encoding with Content-Length or HTTP/1.0
print(err("GET x HTTP/1.1\r\nHost: a\r\n\r\n"))                   // expect: 400 malformed request target
print(err("GET /%4 HTTP/1.1\r\nHost: a\r\n\r\n"))                 // expect: 400 malformed percent escape in path
print(err("GET /%00 HTTP/1.1\r\nHost: a\r\n\r\n"))                // expect: 400 malformed percent escape in path
print(err("GET / HTTP/1.1\r\nHost a\r\n\r\n"))                    // expect: 400 malformed header line
fields = ""
for i in range(101)
  fields = fields + "X: 1\n"
print(http_take_request("GET / HTTP/1.1\n" + fields + "\n", 16384, 100, "", "")[1]["error"])   // expect: 431
print(http_take_request(3, 1, 1, "", ""))   // expect runtime error: http_take_request: argument 1 must be a String
