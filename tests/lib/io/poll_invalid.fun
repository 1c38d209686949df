// Invalid and closed fds: -1 from the polls, 0 from fd_set_nonblock, never a crash.
print(fd_poll_read(-1, 0), fd_poll_write(-1, 0))          // expect: -1 -1
print(fd_poll_read(99999, 0), fd_poll_write(99999, 50))   // expect: -1 -1
print(fd_poll_read(-5, -1))                               // expect: -1
p = fd_pipe()
sock_close(p[0])
sock_close(p[1])
print(fd_poll_read(p[0], 10), fd_poll_write(p[1], 10))    // expect: -1 -1
print(fd_set_nonblock(p[0], 1), fd_set_nonblock(-1, 1))   // expect: 0 0
print(fd_set_nonblock(99999, 0))                          // expect: 0
