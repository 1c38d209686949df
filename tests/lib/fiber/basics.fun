// Coroutines: values both ways, status through a fiber's life, typeof.
fun gen(n)
  i = 0
  while i < n
    got = fiber_yield(i)
    print("gen got", got)
    i += 1
  return "end"
f = fiber_new(gen)
print(typeof(f), f)             // expect: Fiber <fiber>
print(fiber_status(f))          // expect: suspended
print(fiber_resume(f, 2))       // expect: 0
print(fiber_status(f))          // expect: suspended
print(fiber_resume(f, "a"))     // expect: gen got a
// expect: 1
print(fiber_resume(f, "b"))     // expect: gen got b
// expect: end
print(fiber_status(f))          // expect: done
print(fiber_current())          // expect: nil
// running and normal
fun inner()
  print("inner sees outer", fiber_status(outer_f))
  return fiber_status(fiber_current())
fun outer()
  g = fiber_new(inner)
  return fiber_resume(g)
outer_f = fiber_new(outer)
print(fiber_resume(outer_f))    // expect: inner sees outer normal
// expect: running
// a fiber's function may take no parameter; the resume value is then ignored
fun noarg()
  return 5
print(fiber_resume(fiber_new(noarg), 99))   // expect: 5
// methods and bound methods as fiber bodies
class Counter(start)
  fun run(this, step)
    n = this.start
    while true
      step = fiber_yield(n)
      n += step
c = Counter(10)
cf = fiber_new(c.run)
print(fiber_resume(cf, 0), fiber_resume(cf, 5), fiber_resume(cf, 1))   // expect: 10 15 16
// apply spreads an Array as the arguments
fun add3(a, b, c)
  return a + b + c
print(apply(add3, [1, 2, 3]))   // expect: 6
print(apply(print, ["via", "apply"]))   // expect: via apply
// expect: nil
