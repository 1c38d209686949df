// env: FUN_LIB_DIR={root}/lib
// The guide's API: task maps, ticks, removal of finished tasks.
#include <async/scheduler.fun>
fun step(t)
  t.count = t.count + 1
  print(t.name + " " + to_string(t.count))
  if t.count >= 2
    t.done = 1
a = task_spawn(step, {"name": "a", "count": 0})
print(a.fn == step, a.name, a.count, a.done)   // expect: true a 0 0
task_spawn(step, {"name": "b", "count": 0})
print(run_once())    // expect: a 1
// expect: b 1
// expect: 1
run_once()
// expect: a 2
// expect: b 2
print(task_count(), a.done)     // expect: 0 1
print(run_until_done(), run_once())            // expect: 1 1
print(yield(), co_yield())                     // expect: 1 1
// done is normalised; a task spawned already done never runs
print(task_spawn(step, {"done": true}).done)   // expect: 1
fun quiet(t)
  t.done = 1
print(task_spawn(quiet, {"done": 7}).done)     // expect: 0
print(task_spawn(quiet, nil).done)             // expect: 0
print(task_count())                            // expect: 2
run_until_done()
print(task_count())                            // expect: 0
// tasks spawned during a tick run from the next tick on
fun parent(t)
  print("parent")
  task_spawn(child, {})
  t.done = 1
fun child(t)
  print("child")
  t.done = 1
task_spawn(parent, {})
run_once()           // expect: parent
print(task_count())  // expect: 1
run_once()           // expect: child
print(task_count())  // expect: 0
// run_until_done keeps ticking until every task is done
fun counter(t)
  t.n += 1
  if t.n == 5
    print("counted", t.id)
    t.done = 1
task_spawn(counter, {"n": 0, "id": 1})
task_spawn(counter, {"n": 0, "id": 2})
run_until_done()
// expect: counted 1
// expect: counted 2
