// serial_send / serial_recv work on any fd (builtins.md 12.1); a pseudo file stands in for a port
print(serial_open("/nonexistent/tty", 9600))   // expect: 0
fd = serial_open("/dev/null", 115200)
print(fd > 2)                                  // expect: true
print(serial_send(fd, "a\x00b"))               // expect: 3
print(serial_config(fd, 8, 0, 1, 0))           // expect: 0
print(serial_close(fd))                        // expect: 1
print(serial_close(fd))                        // expect: 0
print(serial_send(-1, "x"))                    // expect: -1
print(len(serial_recv(-1, 10)))                // expect: 0
try
  serial_send("x", 1)
catch e
  print(e)   // expect: Runtime type error: serial_send: argument 1 must be an Int, got String
