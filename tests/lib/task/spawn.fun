// Straight-line tasks: spawn order, interleaving at yields, results, errors
// that end one task only, await_task and gather.
#include <async/scheduler.fun>
fun worker(name, n)
  i = 0
  while i < n
    print(name, i)
    yield()
    i += 1
  return name + " done"
a = spawn(worker, "a", 2)
b = spawn(worker, "b", 3)
print(a["done"], a["result"], a["error"])   // expect: 0 nil nil
print(task_count())                          // expect: 2
print(run_until_done())                      // expect: a 0
// expect: b 0
// expect: a 1
// expect: b 1
// expect: b 2
// expect: 1
print(a, b["result"])   // expect: {"done": 1, "result": a done, "error": nil} b done
// an error ends that task only; it is printed like an uncaught error
fun failing()
  yield()
  return nil + 1
fun steady()
  yield()
  yield()
  return "steady"
f = spawn(failing)
s = spawn(steady)
run_until_done()
print(f["done"], f["error"])   // expect: 1 Runtime type error: ADD expects both numbers, both strings, or both arrays, got nil and int
print(s["result"])             // expect: steady
// expect stderr: {file}:25: Runtime type error: ADD expects both numbers, both strings, or both arrays, got nil and int
// expect stderr:   at failing ({file}:25)
// await_task and gather at top level run the loop
fun slow(x, ms)
  async_sleep(ms)
  return x * 10
t1 = spawn(slow, 1, 30)
print(await_task(t1, nil), t1["result"])   // expect: 1 10
t2 = spawn(slow, 2, 500)
print(await_task(t2, 20), t2["done"])      // expect: 0 0
print(gather([spawn(slow, 3, 20), spawn(slow, 4, 5), t2]))   // expect: [30, 40, 20]
// gather raises the first failure once all have finished
fun raiser(msg)
  async_sleep(10)
  throw msg
g1 = spawn(slow, 5, 40)
try
  gather([spawn(raiser, "first"), g1, spawn(raiser, "second")])
catch e
  print("gather raised", e, g1["done"])   // expect: gather raised first 1
// expect stderr: {file}:49: first
// expect stderr:   at raiser ({file}:49)
// expect stderr: {file}:49: second
// a task awaiting another, from inside a task
fun parent()
  c = spawn(slow, 6, 10)
  await_task(c, nil)
  return c["result"] + 1
print(gather([spawn(parent)]))   // expect: [61]
print(task_current())            // expect: nil
fun who()
  return task_current()["tag"]
w = spawn(who)
w["tag"] = "me"
run_until_done()
print(w["result"])               // expect: me
