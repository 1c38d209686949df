// Fibers under the collector (FUN_GC_STRESS collects every 64 allocations):
// 20 000 live suspended fibers keep their state; fibers nobody references are
// collected, and closures that captured their locals keep the values.
// env: FUN_GC_STRESS=64
// timeout: 60
fun holder(i)
  local = [i, "v" + to_string(i)]
  got = fiber_yield(local)
  return local[1] + got
live = []
i = 0
while i < 20000
  f = fiber_new(holder)
  fiber_resume(f, i)
  push(live, f)
  i += 1
// garbage: suspended fibers dropped right away
j = 0
while j < 5000
  g = fiber_new(holder)
  fiber_resume(g, j)
  j += 1
print(fiber_resume(live[0], "!"), fiber_resume(live[19999], "?"))   // expect: v0! v19999?
ok = true
k = 1
while k < 19999
  if fiber_resume(live[k], "") != "v" + to_string(k)
    ok = false
  k += 1
print(ok)                        // expect: true
// a closure capturing a local of a fiber that is then dropped
fun capture()
  secret = "kept"
  getter = fn()
    return secret
  fiber_yield(getter)
  secret = "never"
get = fiber_resume(fiber_new(capture))
x = 0
garbage = []
while x < 3000
  push(garbage, [x, x])
  x += 1
garbage = nil
print(get())                     // expect: kept
