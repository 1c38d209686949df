// Bad handles and events raise catchable errors; bad fds give 0.
ps = pollset_new()
print(pollset_add(ps, -1, "r"), pollset_add(ps, 99999, "w"))   // expect: 0 0
p = fd_pipe()
sock_close(p[1])
print(pollset_add(ps, p[1], "w"))         // expect: 0
print(pollset_remove(ps, 12345))          // expect: 0
try
  pollset_add(ps, p[0], "x")
catch e
  print(e)   // expect: Runtime error: pollset_add: events must be "r", "w" or "rw"
try
  pollset_add(ps, p[0], "")
catch e
  print(e)   // expect: Runtime error: pollset_add: events must be "r", "w" or "rw"
try
  pollset_add(ps, p[0], 1)
catch e
  print(e)   // expect: Runtime type error: pollset_add: argument 3 must be a String, got Int
try
  pollset_wait(ps, "x")
catch e
  print(e)   // expect: Runtime type error: pollset_wait: argument 2 must be a Number, got String
try
  pollset_wait(424242, 0)
catch e
  print(e)   // expect: Runtime error: pollset_wait: invalid poll set 424242
try
  pollset_add(0, 1, "r")
catch e
  print(e)   // expect: Runtime error: pollset_add: invalid poll set 0
try
  pollset_remove("1", 1)
catch e
  print(e)   // expect: Runtime type error: pollset_remove: argument 1 must be an Int, got String
pollset_close(ps)
try
  pollset_close(ps)
catch e
  print(e == "Runtime error: pollset_close: invalid poll set " + to_string(ps))   // expect: true
try
  pollset_wait(ps, 0)
catch e
  print(starts_with(e, "Runtime error: pollset_wait: invalid poll set"))   // expect: true
// an empty set with no timeout returns at once instead of sleeping forever
ps = pollset_new()
print(pollset_wait(ps, -1))               // expect: []
pollset_close(ps)
sock_close(p[0])
