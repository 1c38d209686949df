// hello_server.fun: the HTTP server's general path with a handler: every
// request parsed and mapped (http_take_request), routed, answered by a Fun
// function and rendered (http_render); no response cache or memo. The
// answer is bench/net/asyncio_server.py's ("Hello", text/plain), so that
// the two compare request handling, not file systems.
//
//   fun bench/net/hello_server.fun [port] [--threads N]
#include <net/http_cgi_server.fun>

fun hello(req)
  return {"type": "text/plain", "body": "Hello"}

fun main()
  port = 8092
  threads = 1
  args = argv()
  i = 0
  while i < len(args)
    if args[i] == "--threads" && i + 1 < len(args)
      threads = to_number(args[i + 1])
      i += 1
    else
      port = to_number(args[i])
    i += 1
  s = http_server_new({"root": http_dirname(http_script_path()), "port": port, "cache": false,
    "cgi": false})
  http_route(s, "/", hello)
  s["reuseport"] = threads > 1
  http_listen(s)
  eprint("hello_server on " + http_url(s))
  http_serve_loops(s, threads)

main()
