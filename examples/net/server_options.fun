// server_options.fun: command line shared by http_mt_server.fun and
// http_mt_server_cgi.fun: [--threads N | --pool N | --tasks] [--host H] [--timeout S]
// [--tls-cert FILE --tls-key FILE]
// [--max-conns N] [--no-cache] [--log] [port [document_root]].
#include <net/http_cgi_server.fun>

fun http_example_options(cgi)
  o = {"port": 8080, "root": nil, "host": "127.0.0.1", "threads": 0, "timeout": 10,
    "log": false, "cgi": cgi, "scheduler": false, "max_conns": nil, "cache": true, "pool": 0,
    "tls_cert": nil, "tls_key": nil}
  args = argv()
  pos = []
  i = 0
  while i < len(args)
    a = args[i]
    i += 1
    if a == "--threads" || a == "--pool" || a == "--host" || a == "--timeout" || a == "--max-conns" ||
      a == "--tls-cert" || a == "--tls-key"
      if i >= len(args)
        eprint("missing value after " + a)
        exit 2
      v = args[i]
      i += 1
      if a == "--host"
        o["host"] = v
      else if a == "--tls-cert" || a == "--tls-key"
        o[replace(substr(a, 2, len(a) - 2), "-", "_")] = v
      else
        n = to_number(v)
        num = typeof(n) == "Number" || typeof(n) == "Float" && a == "--timeout"
        if !num || n < 1 && a != "--timeout" || n <= 0
          eprint("bad value for " + a + ": " + v)
          exit 2
        o[replace(substr(a, 2, len(a) - 2), "-", "_")] = n
    else if a == "--log"
      o["log"] = true
    else if a == "--no-cache"
      o["cache"] = false
    else if a == "--scheduler" || a == "--tasks"
      o["scheduler"] = true
    else if a == "-h" || a == "--help"
      print("usage: http_mt_server" + ["", "_cgi"][to_number(cgi)] +
        ".fun [--threads N | --pool N | --tasks] [--host H] [--timeout S] [--max-conns N] [--no-cache] [--tls-cert FILE --tls-key FILE] [--log] " +
        "[port [document_root]]")
      exit 0
    else if starts_with(a, "-")
      eprint("unknown option " + a)
      exit 2
    else
      push(pos, a)
  if (o["tls_cert"] == nil) != (o["tls_key"] == nil)
    eprint("--tls-cert and --tls-key go together")
    exit 2
  if o["tls_cert"] != nil
    if o["threads"] > 0 || o["pool"] > 0
      eprint("HTTPS (--tls-cert) is served by the task model: no --threads or --pool")
      exit 2
    o["scheduler"] = true
  if len(pos) > 0
    o["port"] = to_number(pos[0])
    if typeof(o["port"]) != "Number" || o["port"] < 0 || o["port"] > 65535
      eprint("bad port: " + pos[0])
      exit 2
  if len(pos) > 1
    o["root"] = pos[1]
  else
    me = http_script_path()
    o["root"] = "htdocs"
    if me != nil
      o["root"] = http_dirname(me) + "/htdocs"
  return o

fun http_example_server(cgi)
  o = http_example_options(cgi)
  ms = o["timeout"] * 1000
  s = http_server_new({"root": o["root"], "host": o["host"], "port": o["port"], "cgi": cgi,
    "log": o["log"], "keepalive_ms": ms, "request_timeout_ms": ms, "header_timeout_ms": ms,
    "max_conns": o["max_conns"], "cache": o["cache"], "tls_cert": o["tls_cert"],
    "tls_key": o["tls_key"]})
  return [s, o]

// Prints the URL line and serves with the chosen model; never returns.
fun http_example_run(s, o, what)
  // N event loops listen on N sockets sharing the port
  s["reuseport"] = o["threads"] > 1
  http_listen(s)
  mode = "event loop"
  if o["threads"] > 1
    mode = to_string(o["threads"]) + " event loops"
  else if o["pool"] > 0
    mode = to_string(o["pool"]) + " threads"
  else if o["scheduler"]
    mode = "a task per connection"
  if o["tls_cert"] != nil
    mode = mode + ", TLS"
  print("Serving " + o["root"] + " at " + http_url(s) + " (" + mode + what + ")")
  if o["threads"] > 0
    http_serve_loops(s, o["threads"])
  else if o["pool"] > 0
    http_serve_threads(s, o["pool"])
  else if o["scheduler"]
    http_serve_tasks(s)
  else
    http_serve_events(s)
