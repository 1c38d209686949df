// SPDX-License-Identifier: MIT
// net/http_cgi_server.fun: an HTTP/1.1 server written in Fun
// (docs/http_server.md has the options, the request map, handler results
// and connection take-over).
//
//   s = http_server_new({"root": "htdocs", "port": 8080})   // options below
//   http_route(s, "/api/time", api_time)      // in-process handler fn(req)
//   http_listen(s)                  // binds; s["port"] is the real port
//   print("Serving at " + http_url(s))
//   http_serve_events(s)            // one thread, non-blocking event loop
//   http_serve_threads(s, 8)        // or: 8 worker threads behind one poll loop
//   http_serve_tasks(s)             // or: one straight-line task per connection
//
// The pieces: http_server_core.fun (parsing, static files, handlers, CGI,
// the HttpConn connection state), one file per concurrency model
// (http_server_events.fun, http_server_tasks.fun, http_server_threads.fun),
// and here the reference library's HTTPCGIServer class.
//
// Options (all optional): host ("127.0.0.1"), port (8080; 0 picks a free
// one), root (document root, "."), cgi (true: files ending in cgi_ext run as
// CGI scripts), cgi_ext (".fun"), exe (the interpreter for CGI scripts;
// default the running binary), index (["index.html", "index.htm",
// "index.fun"]), max_header (16384 bytes: 431 beyond), max_body (1048576
// bytes: 413 beyond), keepalive_ms (10000: an idle keep-alive connection is
// closed after it), request_timeout_ms (10000: a request that is not complete
// after it gets 408 and a close), header_timeout_ms (10000: a request head
// must be complete within it, a new connection's from accept),
// cgi_timeout_ms (10000: 504 beyond), max_conns (the descriptor limit less
// 64, at most 10000: beyond it a new connection gets 503 and a close),
// small_file (262144) and cache_bytes (16 MiB): static files up to small_file
// answered within the last second come from a per-thread cache, larger ones
// stream from disk with sock_sendfile; log (false: one line per request on
// stderr), server_name ("fun-http").
//
// A request map handed to handlers: method, target (as sent), path (decoded),
// raw_path, query, version, headers (Map), body, keep_alive, remote_addr,
// remote_port. A handler returns a String (200, text/html) or a Map
// {"status": 200, "type": "text/plain", "headers": [[name, value], ...],
// "body": "..."}; with an "upgrade" function in it the connection is taken
// over once the head has gone (docs/http_server.md). An error raised by a
// handler gives 500.
#include <net/http_server_core.fun>
#include <net/http_server_events.fun>
#include <net/http_server_tasks.fun>
#include <net/http_server_threads.fun>

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
