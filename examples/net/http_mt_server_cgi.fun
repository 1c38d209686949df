// http_mt_server_cgi.fun: http_mt_server.fun plus CGI-like handlers.
//
//   fun examples/net/http_mt_server_cgi.fun [options] [port [document_root]]
//
// Same command line and concurrency models as http_mt_server.fun (default
// event loop, --threads N for N event loops, --pool N for the thread pool,
// --tasks for a task per connection). In addition:
//   - every file ending in .fun under the document root is a CGI script:
//     /hello.fun/extra?name=Ada runs `fun ROOT/hello.fun` as a child process
//     (no shell) with the CGI/1.1 environment (REQUEST_METHOD, QUERY_STRING,
//     PATH_INFO=/extra, HTTP_* ...) and the request body on stdin; its output
//     (headers, empty line, body) is the response. In the event loop the
//     child runs from a helper thread, so other clients are served meanwhile.
//   - in-process handlers (Fun functions called with the request map):
//       /api/time   -> {"time_ms": ..., "date": "..."} (application/json)
//       /api/echo   -> the request line, headers and body, as text/plain
#include "server_options.fun"

fun api_time(req)
  now = time_now_ms()
  body = "{\"time_ms\": " + to_string(now) + ", \"date\": \"" + http_date(now / 1000) + "\"}\n"
  return {"status": 200, "type": "application/json", "body": body}

fun api_echo(req)
  lines = [req["method"] + " " + req["target"] + " " + req["version"]]
  for (k, v) in req["headers"]
    push(lines, k + ": " + v)
  push(lines, "")
  return {"type": "text/plain; charset=utf-8", "body": join(lines, "\n") + req["body"]}

fun main()
  so = http_example_server(true)
  s = so[0]
  o = so[1]
  http_route(s, "/api/time", api_time)
  http_route(s, "/api/echo", api_echo)
  http_example_run(s, o, ", CGI")

main()
