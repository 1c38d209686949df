// SPDX-License-Identifier: MIT
// net/http_server.fun: the reference library's HTTPServer class, now a thin
// wrapper over net/http_cgi_server.fun (HTTP/1.1, keep-alive, static files
// with content types, traversal refused; .fun files run as CGI scripts as the
// reference did, but as a child process without a shell, ruling D29).
//   srv = HTTPServer(8080)
//   srv.set_htdocs("htdocs")
//   srv.start()          // prints "Serving htdocs at http://127.0.0.1:8080/"
// Everything of HTTPCGIServer is available: route, set_host, set_threads,
// handle_client(fd), send_response(fd, code, text, body), and the functions
// http_server_new / http_listen / http_serve_events / http_serve_threads.
#include <net/http_cgi_server.fun>

class HTTPServer(number port) extends HTTPCGIServer
