// hello.fun: a CGI script for examples/net/http_mt_server_cgi.fun.
// The server runs it as a child process with the CGI/1.1 variables in its
// environment and the request body on stdin; what it prints (header lines, an
// empty line, the body) becomes the HTTP response.
//   GET  /hello.fun?name=Ada          -> "Hello, Ada!" and the request details
//   POST /hello.fun  (body name=Bob)  -> "Hello, Bob!" and the body it read
#include <net/cgi.fun>

cgi = CGI()
name = cgi.param("name")
if name == ""
  name = "world"
lines = ["Hello, " + name + "!",
  "method: " + env("REQUEST_METHOD"),
  "query: " + env("QUERY_STRING"),
  "script: " + env("SCRIPT_NAME"),
  "path_info: " + env("PATH_INFO"),
  "content_length: " + env("CONTENT_LENGTH"),
  "body: " + cgi.body]
cgi.content_type("text/plain; charset=utf-8")
cgi.header("X-Fun-CGI", "hello")
cgi.send(join(lines, "\n"))   // send ends the body with a newline
