// A TCP echo server written as straight-line tasks: one task accepts, one
// task per connection reads and writes back until the client closes. Each
// await parks only its own task, so thousands of clients share one thread.
//
// usage: build/fun examples/io/echo_server.fun [port]   (default 7000, 0 = a free port)
// It prints "echo server on 127.0.0.1:PORT" and runs until killed.
#include <async/scheduler.fun>

IDLE_MS = 60000   // a client silent for this long is dropped

fun handle(fd)
  while true
    data = async_recv(fd, 65536, IDLE_MS)
    if data == nil || data == ""     // timeout, error, or the client closed
      break
    if async_send_all(fd, data, IDLE_MS) < len(data)
      break
  sock_close(fd)

fun serve(lfd)
  while true
    fd = async_accept(lfd, nil)
    if fd > 0
      spawn(handle, fd)
    else
      async_sleep(100)               // out of fds: let connections finish

args = argv()
port = 7000
if len(args) > 0
  port = to_number(args[0])
lfd = tcp_listen_host("127.0.0.1", port, 1024)
if lfd == 0
  eprint("error: cannot listen on 127.0.0.1:" + to_string(port) + ": " + net_last_error())
  exit 1
fd_set_nonblock(lfd, 1)
print("echo server on 127.0.0.1:" + to_string(sock_port(lfd)))
spawn(serve, lfd)
run_until_done()
