// http_render: a response's bytes in one C call; nil when the response holds
// values of the wrong type (the server then renders it in Fun, which says
// what is wrong). http_reason and http_ext are its table look-ups.

get = {"method": "GET", "version": "HTTP/1.1"}
res = {"status": 200, "type": "text/plain", "headers": [["X-A", "1"], ["ETag", "\"t\""]], "body": "Hi"}
print(replace(http_render(res, get, true, "srv", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: srv|Date: D|Content-Type: text/plain|X-A: 1|ETag: "t"|Content-Length: 2||Hi
print(replace(http_render(res, {"method": "HEAD", "version": "HTTP/1.0"}, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: s|Date: D|Content-Type: text/plain|X-A: 1|ETag: "t"|Content-Length: 2|Connection: keep-alive||
print(replace(http_render(res, get, false, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: s|Date: D|Content-Type: text/plain|X-A: 1|ETag: "t"|Content-Length: 2|Connection: close||Hi
res["close"] = true
print(ends_with(http_render(res, get, true, "s", "D"), "Connection: close\r\n\r\nHi"))   // expect: true
print(replace(http_render({"status": 304, "headers": [], "body": "x"}, get, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 304 Not Modified|Server: s|Date: D||
print(replace(http_render({"status": 299, "headers": [], "body": ""}, nil, false, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 299 Unknown|Server: s|Date: D|Content-Length: 0|Connection: close||
print(replace(http_render({"status": 200, "headers": [], "body": "", "file": "/f", "size": 12345}, get, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: s|Date: D|Content-Length: 12345||
print(replace(http_render({"status": 101, "headers": [["Upgrade", "x"]], "body": "", "upgrade": print}, get, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 101 Switching Protocols|Server: s|Date: D|Upgrade: x||

// wrong types: nil, for the Fun renderer to report
print(http_render({"status": "200", "headers": [], "body": ""}, get, true, "s", "D"))   // expect: nil
print(http_render({"status": 200, "headers": [["X", 1]], "body": ""}, get, true, "s", "D"))   // expect: nil
print(http_render({"status": 200, "type": 5, "headers": [], "body": ""}, get, true, "s", "D"))   // expect: nil
print(http_render({"status": 200, "headers": [], "body": nil}, get, true, "s", "D"))   // expect: nil
print(http_render(5, get, true, "s", "D"))   // expect: nil

print(http_reason(404), "|", http_reason("503"), "|", http_reason(99), "|", http_reason("40x"))   // expect: Not Found | Service Unavailable | Unknown | Unknown
print(http_ext("/a/b.HTML"), http_ext("/a.b/c"), http_ext("x."), http_ext("noext"))   // expect: html nil  nil

// keys that are not interned (built at run time) are found too, and a
// request map whose method was replaced after it was made is read by key
ty = "ty" + "pe"
bo = "bo" + "dy"
dyn = {"status": 200, "headers": []}
dyn[ty] = "text/plain"
dyn[bo] = "Yo"
print(replace(http_render(dyn, get, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: s|Date: D|Content-Type: text/plain|Content-Length: 2||Yo
req = http_take_request("GET / HTTP/1.1\r\nHost: h\r\n\r\n", 16384, 100, "", "")[1]
remove(req, "method")
req["method"] = "HEAD"
print(replace(http_render(dyn, req, true, "s", "D"), "\r\n", "|"))   // expect: HTTP/1.1 200 OK|Server: s|Date: D|Content-Type: text/plain|Content-Length: 2||
