// A poll set belongs to the thread that made it: another thread's use is a
// clear error, never a use of freed memory.
ps = pollset_new()
fun use(h)
  try
    return pollset_size(h)
  catch e
    return e
fun make_and_leave()
  return pollset_new()
print(thread_join(thread_spawn(use, [ps])))   // expect: Runtime error: pollset_size: poll set 1 belongs to another thread
// a thread's poll sets close when it ends
h = thread_join(thread_spawn(make_and_leave))
try
  pollset_size(h)
catch e
  print(e)                                     // expect: Runtime error: pollset_size: invalid poll set 2
print(pollset_size(ps), pollset_close(ps))    // expect: 0 1
