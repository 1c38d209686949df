// Bad argument types and counts raise catchable errors with uniform messages.
try
  tcp_connect(80, "localhost")
catch e
  print(e)   // expect: Runtime type error: tcp_connect: argument 1 must be a String, got Int
try
  tcp_connect("localhost", "80")
catch e
  print(e)   // expect: Runtime type error: tcp_connect: argument 2 must be an Int, got String
try
  tcp_connect_nb("localhost", 1.5)
catch e
  print(e)   // expect: Runtime type error: tcp_connect_nb: argument 2 must be an Int, got Float
try
  tcp_listen("80", 1)
catch e
  print(e)   // expect: Runtime type error: tcp_listen: argument 1 must be an Int, got String
try
  tcp_listen_host("::1", 0, nil)
catch e
  print(e)   // expect: Runtime type error: tcp_listen_host: argument 3 must be an Int, got Nil
try
  sock_send(1, 42)
catch e
  print(e)   // expect: Runtime type error: sock_send: argument 2 must be a String, got Int
try
  sock_recv("1", 10)
catch e
  print(e)   // expect: Runtime type error: sock_recv: argument 1 must be an Int, got String
try
  sock_recv(1, nil)
catch e
  print(e)   // expect: Runtime type error: sock_recv: argument 2 must be an Int, got Nil
try
  sock_close([1])
catch e
  print(e)   // expect: Runtime type error: sock_close: argument 1 must be an Int, got Array
try
  unix_listen(1, 1)
catch e
  print(e)   // expect: Runtime type error: unix_listen: argument 1 must be a String, got Int
try
  unix_connect(nil)
catch e
  print(e)   // expect: Runtime type error: unix_connect: argument 1 must be a String, got Nil
try
  tcp_accept(1.5)
catch e
  print(e)   // expect: Runtime type error: tcp_accept: argument 1 must be an Int, got Float
try
  sock_error("3")
catch e
  print(e)   // expect: Runtime type error: sock_error: argument 1 must be an Int, got String
try
  sock_port({})
catch e
  print(e)   // expect: Runtime type error: sock_port: argument 1 must be an Int, got Map
try
  sock_peer(true)
catch e
  print(e)   // expect: Runtime type error: sock_peer: argument 1 must be an Int, got Boolean
try
  sock_abort(nil)
catch e
  print(e)   // expect: Runtime type error: sock_abort: argument 1 must be an Int, got Nil
try
  strerror("x")
catch e
  print(e)   // expect: Runtime type error: strerror: argument 1 must be an Int, got String
try
  sock_shutdown(1, 2)
catch e
  print(e)   // expect: Runtime type error: sock_shutdown: argument 2 must be a String, got Int
try
  tcp_connect("localhost")
catch e
  print(e)   // expect: Runtime type error: tcp_connect expects 2 arguments, got 1
try
  net_last_error(1)
catch e
  print(e)   // expect: Runtime type error: net_last_error expects 0 arguments, got 1
