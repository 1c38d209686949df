// io/serial.fun: the Serial class; a missing port fails cleanly, /dev/null
// stands in for a port that accepts writes (tests/lib/stdlib/test_serial_pty.py
// talks to a real pseudo-terminal)
#include <io/serial.fun>
s = Serial("/nonexistent/ttyS9", 9600)
print(s.open(), s.is_open())          // expect: 0 false
print(s.send("x"), len(s.recv(10)))   // expect: -1 0
print(s.config(8, 0, 1, 0))           // expect: 0
print(s.close())                      // expect: 1
d = Serial("/dev/null", 115200)
print(d.open(), d.is_open(), d.path, d.baud_rate)   // expect: 1 true /dev/null 115200
print(d.send("a\x00b"))               // expect: 3
print(d.recv(16) == "")               // expect: true
print(d.close(), d.is_open())         // expect: 1 false
try
  Serial(1, 2)
catch e
  print(e)   // expect: TypeError: Serial() expects String for 'path'
