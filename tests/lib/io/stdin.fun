// fd 0 works with the polls and sock_recv (read() fallback for non-sockets).
// stdin: hello
print(fd_poll_read(0, 2000))       // expect: 1
s = sock_recv(0, 100)
print(len(s), s == "hello\n")      // expect: 6 true
print(fd_poll_read(0, 2000))       // expect: 1
print(sock_recv(0, 100) == "")     // expect: true
