// TLS builtins reject wrong types, closed connections and bad files with
// clear catchable errors; a peer that closes mid-handshake is a -1 with a
// reason, never a crash. Needs no certificate: a socket pair is enough.
// needs: openssl

p = sock_pair()
t = tls_client(p[0], "localhost", nil)
print(t, typeof(t))                    // expect: <tls connection> Handle
print(tls_want(t) == "", tls_error(t) == "")   // expect: true true
fd_set_nonblock(p[0], 1)
print(tls_handshake(t), tls_want(t))  // expect: 0 r
sock_close(p[1])                       // the peer goes away mid-handshake
print(tls_handshake(t), tls_error(t)) // expect: -1 connection reset by peer
print(tls_handshake(t))               // expect: -1
print(tls_recv(t, 10), tls_send(t, "x"))   // expect: nil -1
print(tls_close(t), tls_close(t))     // expect: 1 0
print(tls_error(t))                   // expect: connection reset by peer
try
  tls_recv(t, 10)
catch e
  print(e)           // expect: Runtime error: tls_recv: the TLS connection is closed
try
  tls_send(t, "x")
catch e
  print(e)          // expect: Runtime error: tls_send: the TLS connection is closed
try
  tls_handshake(t)
catch e
  print(e)          // expect: Runtime error: tls_handshake: the TLS connection is closed
try
  tls_fd(t)
catch e
  print(e)                 // expect: Runtime error: tls_fd: the TLS connection is closed
try
  tls_recv(42, 10)
catch e
  print(e)          // expect: Runtime type error: tls_recv: argument 1 must be a TLS connection, got Int
try
  tls_send(t, 5)
catch e
  print(e)            // expect: Runtime error: tls_send: the TLS connection is closed
try
  tls_client("3", nil, nil)
catch e
  print(e) // expect: Runtime type error: tls_client: argument 1 must be an Int, got String
try
  tls_client(999, nil, nil)
catch e
  print(e) // expect: Runtime error: tls_client: 999 is not an open fd
try
  tls_client(0, 5, nil)
catch e
  print(e)     // expect: Runtime type error: tls_client: argument 2 must be a String, got Int
try
  tls_client(0, "h", [1])
catch e
  print(e)   // expect: Runtime type error: tls_client: argument 3 must be a Map, got Array
try
  tls_client(0, "h", {"ca_file": 7})
catch e
  print(e)  // expect: Runtime type error: tls_client: option ca_file must be a file name String, got Int
try
  tls_client(0, "h", {"verify": "no"})
catch e
  print(e)  // expect: Runtime type error: tls_client: option verify must be a Boolean, got String
try
  tls_client(0, "h", {"ca_file": "/nonexistent/ca.pem"})
catch e
  print(e)  // expect: Runtime error: tls_client: cannot load ca_file '/nonexistent/ca.pem': no such file or directory
try
  tls_server_ctx("/nonexistent/c.pem", "/nonexistent/k.pem")
catch e
  print(e)  // expect: Runtime error: tls_server_ctx: cannot load certificate '/nonexistent/c.pem': no such file or directory
try
  tls_server(t, 0)
catch e
  print(e)          // expect: Runtime type error: tls_server: argument 1 must be a TLS context, got Handle
ch = chan_new(1)
try
  tls_want(ch)
catch e
  print(e)              // expect: Runtime type error: tls_want: argument 1 must be a TLS connection, got Handle
