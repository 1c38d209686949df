// env: FUN_LIB_DIR={root}/lib
// timeout: 20
// serve_forever prints the (random) port: run the scenario in a child
// interpreter and mask the digits of its output.
child = "#include <io/socket.fun>
#include <io/thread.fun>
a = TcpServer(0)
a.listen()
// the port is taken: serve_forever reports the failure and returns 0
b = TcpServer(a.local_port())
print(b.serve_forever(10))
a.close()
fun run_server(port)
  s = TcpServer(port)
  s.serve_forever(100)
  return nil

probe = TcpServer(0)
probe.listen()
port = probe.local_port()
probe.close()
t = Thread()
t.spawn(run_server, port)
c = TcpClient()
tries = 0
while !c.connect(\"127.0.0.1\", port) && tries < 200
  sleep(10)
  tries += 1
c.send(\"one\")
print(c.recv(100))
c.close()
c.connect(\"127.0.0.1\", port)
c.send(\"two\")
print(c.recv(100))
c.close()
exit 0
"
script = "/tmp/fun_serve_forever_" + to_string(pid()) + ".fun"
write_file(script, child)
r = proc_run([env("FUN_EXECUTABLE"), script], {"timeout_ms": 15000})
remove_file(script)
print(r.code)
print(regex_replace(r.out, "[0-9]{2,}", "N"))
// expect: 0
// expect: TcpServer: failed to listen on port N
// expect: 0
// expect: TcpServer: listening on port N
// expect: one
// expect: two
// expect:
