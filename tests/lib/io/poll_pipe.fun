// fd_poll_read / fd_poll_write on a pipe: timeout, data, hang-up, EPIPE.
p = fd_pipe()
r = p[0]
w = p[1]
print(fd_poll_read(r, 0))            // expect: 0
t0 = clock_mono_ms()
print(fd_poll_read(r, 120))          // expect: 0
print(clock_mono_ms() - t0 >= 100)   // expect: true
print(fd_poll_write(w, 0))           // expect: 1
print(sock_send(w, "abc"))           // expect: 3
print(fd_poll_read(r, 1000))         // expect: 1
print(sock_recv(r, 10))              // expect: abc
sock_close(w)
// hang-up is reported as readable so that the read sees EOF
print(fd_poll_read(r, 1000))         // expect: 1
print(sock_recv(r, 10) == "")        // expect: true
sock_close(r)
// writing into a pipe whose reader is gone: writable (error), then -1, no SIGPIPE
p = fd_pipe()
sock_close(p[0])
print(fd_poll_write(p[1], 1000))     // expect: 1
print(sock_send(p[1], "x"))          // expect: -1
print(net_last_error())              // expect: broken pipe
print(sock_error(p[1]))              // expect: 32
sock_close(p[1])
// Float timeouts are accepted; a negative timeout waits until ready
p = fd_pipe()
sock_send(p[1], "z")
print(fd_poll_read(p[0], 1.5), fd_poll_read(p[0], -1))   // expect: 1 1
sock_close(p[0])
sock_close(p[1])
