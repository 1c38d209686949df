// task_cancel: the task's pending or next await raises the catchable
// "Runtime error: task cancelled"; its finally blocks run; t.error holds it.
#include <async/scheduler.fun>
p = sock_pair()
log = []
fun reader()
  try
    push(log, "waiting")
    await_read(p[0], nil)
    push(log, "never")
  finally
    push(log, "finally")
    sock_close(p[0])
r = spawn(reader)
fun canceller()
  async_sleep(20)
  print("cancel", task_cancel(r))
spawn(canceller)
run_until_done()                  // expect: cancel 1
print(join(log, " "))             // expect: waiting finally
print(r["done"], r["error"])      // expect: 1 Runtime error: task cancelled
print(sock_close(p[0]))           // expect: 0
// a cancelled task may catch it and go on; awaits after that work
fun stubborn()
  try
    async_sleep(10000)
  catch e
    print("caught:", e)
  async_sleep(5)
  return "recovered"
s = spawn(stubborn)
fun c2()
  yield()
  task_cancel(s)
spawn(c2)
run_until_done()                  // expect: caught: Runtime error: task cancelled
print(s["result"], s["error"])    // expect: recovered nil
// cancelled before it first ran: its first await raises
fun sleeper()
  push(log, "started")
  async_sleep(1000)
  push(log, "slept")
q = spawn(sleeper)
print(task_cancel(q))             // expect: 1
run_until_done()
print(log[len(log) - 1], q["error"])   // expect: started Runtime error: task cancelled
// finished tasks and non-tasks
print(task_cancel(q))             // expect: 0
print(task_cancel({}))            // expect: 0
sock_close(p[1])
