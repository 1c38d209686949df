// SPDX-License-Identifier: MIT
// net/http_cgi_lib_server.fun: the reference library's HTTPCGILibServer, the
// older variant of HTTPCGIServer. Here it is the same server under its old
// name (HTTP/1.1, static files, .fun files run as CGI scripts without a
// shell, ruling D29).
//   srv = HTTPCGILibServer(8080)
//   srv.set_htdocs("htdocs")
//   srv.start()          // prints "Serving htdocs at http://127.0.0.1:8080/"
// handle_client(fd) and send_response(fd, code, text, body) work as in
// net/http_cgi_server.fun.
#include <net/http_cgi_server.fun>

class HTTPCGILibServer(number port) extends HTTPCGIServer
