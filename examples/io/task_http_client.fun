// One HTTP GET written as straight-line code in a task: connect, send, read
// until the server closes, each step with a timeout. Compare with the step
// function of await_http_client.fun: same protocol, no phases.
//
// usage: build/fun examples/io/task_http_client.fun [host [port [path]]]
//        (default: 127.0.0.1 8080 /, the example servers' default port)
// stdout: the response byte for byte; stderr: one summary line
//   done: HTTP/1.1 200 OK, 1256 bytes, 3 ms
// or `error: ...` (exit status 1).
#include <async/scheduler.fun>

TIMEOUT_MS = 10000

fun get(host, port, path)
  fd = async_connect(host, port, TIMEOUT_MS)
  if fd == 0
    throw "cannot connect to " + host + ":" + to_string(port) + ": " + net_last_error()
  try
    req = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"
    if async_send_all(fd, req, TIMEOUT_MS) < len(req)
      throw "send failed: " + net_last_error()
    parts = []
    while true
      data = async_recv(fd, 65536, TIMEOUT_MS)
      if data == nil
        why = net_last_error()
        if why == ""
          why = "timed out"
        throw "receive failed: " + why
      if data == ""
        break
      push(parts, data)
    return join(parts, "")
  finally
    sock_close(fd)

args = argv()
host = "127.0.0.1"
port = 8080
path = "/"
if len(args) > 0
  host = args[0]
if len(args) > 1
  port = to_number(args[1])
if len(args) > 2
  path = args[2]
fun main_task()
  try
    return get(host, port, path)
  catch e
    eprint("error: " + to_string(e))
    return nil

t0 = clock_mono_ms()
t = spawn(main_task)
run_until_done()
resp = t["result"]
if resp == nil
  exit 1
echo(resp)
status = resp
eol = find(resp, "\r\n")
if eol >= 0
  status = substr(resp, 0, eol)
eprint("done: " + status + ", " + to_string(len(resp)) + " bytes, " + to_string(clock_mono_ms() - t0) + " ms")
