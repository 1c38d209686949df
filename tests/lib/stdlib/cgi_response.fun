// Cgi_to_http_response turns CGI replies (Status, Location, no headers) into
// HTTP responses.
// env: FUN_LIB_DIR={root}/lib
#include <net/cgi.fun>
fun show(s)
  return replace(replace(s, "\r\n", "|"), "\n", "~")

c = CGI()
print(show(c.cgi_to_http_response("Content-Type: text/plain\r\n\r\nhello")))
print(show(c.cgi_to_http_response("Status: 404\r\nX-A: b\r\n\r\nnope")))
print(show(c.cgi_to_http_response("Status: 500 Oops\nContent-Length: 2\n\nok")))
print(show(c.cgi_to_http_response("Location: /next\n\n")))
print(show(c.cgi_to_http_response("just text, no headers")))
print(show(c.cgi_to_http_response("not a header\n\nbody")))
print(show(c.cgi_to_http_response("Connection: keep-alive\r\n\r\n")))
// expect: HTTP/1.1 200 OK|Content-Type: text/plain|Content-Length: 5|Connection: close||hello
// expect: HTTP/1.1 404 Not Found|Content-Type: text/html|X-A: b|Content-Length: 4|Connection: close||nope
// expect: HTTP/1.1 500 Oops|Content-Type: text/html|Content-Length: 2|Connection: close||ok
// expect: HTTP/1.1 302 Found|Content-Type: text/html|Location: /next|Content-Length: 0|Connection: close||
// expect: HTTP/1.1 200 OK|Content-Type: text/html|Content-Length: 21|Connection: close||just text, no headers
// expect: HTTP/1.1 200 OK|Content-Type: text/html|Content-Length: 18|Connection: close||not a header~~body
// expect: HTTP/1.1 200 OK|Content-Type: text/html|Connection: keep-alive|Content-Length: 0||
