// Wrong argument types are catchable errors with the uniform message.
try
  fd_poll_read("0", 0)
catch e
  print(e)   // expect: Runtime type error: fd_poll_read: argument 1 must be an Int, got String
try
  fd_poll_write(1, "x")
catch e
  print(e)   // expect: Runtime type error: fd_poll_write: argument 2 must be a Number, got String
try
  fd_set_nonblock(nil, 1)
catch e
  print(e)   // expect: Runtime type error: fd_set_nonblock: argument 1 must be an Int, got Nil
try
  fd_poll_read(1)
catch e
  print(e)   // expect: Runtime type error: fd_poll_read expects 2 arguments, got 1
