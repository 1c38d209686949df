// No suspension across a native callback: a clear catchable error, and the
// fiber is still usable afterwards.
fun cmp(a, b)
  fiber_yield("from comparator")
  return a - b
fun sorter()
  try
    sort([3, 1, 2], cmp)
  catch e
    print(e)
  return "sorter done"
print(fiber_resume(fiber_new(sorter)))
// expect: Runtime error: cannot suspend inside a native callback
// expect: sorter done
fun yielder(x)
  return fiber_yield(x)
fun mapper()
  return map([1, 2], yielder)
try
  fiber_resume(fiber_new(mapper))
catch e
  print(e)                       // expect: Runtime error: cannot suspend inside a native callback
class Shown()
  fun toString(this)
    fiber_yield("no")
    return "shown"
fun show()
  print(Shown())
try
  fiber_resume(fiber_new(show))
catch e
  print(e)                       // expect: Runtime error: cannot suspend inside a native callback
// resuming another fiber from inside a callback is fine: it yields back there
fun counter()
  i = 0
  while true
    i += 1
    fiber_yield(i)
gen = fiber_new(counter)
fun via_cb(x)
  return fiber_resume(gen)
print(map([10, 20, 30], via_cb))  // expect: [1, 2, 3]
// a native that switches cannot itself be the callback
try
  map([gen], fiber_resume)
catch e
  print(e)                       // expect: Runtime error: fiber_resume cannot be called from a native callback
