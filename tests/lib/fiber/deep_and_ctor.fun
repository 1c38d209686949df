// Stackful: a yield from 200 calls deep, from methods and from constructors
// (field initializers and _construct run as ordinary frames).
fun deep(n)
  if n == 0
    return fiber_yield("bottom") + 1
  return deep(n - 1) + 1
fun d0()
  return deep(200)
d = fiber_new(d0)
print(fiber_resume(d))           // expect: bottom
print(fiber_resume(d, 1000))     // expect: 1201
class Base(a)
  log = fiber_yield("init " + to_string(a))
  fun _construct(a)
    this.seen = fiber_yield("construct " + to_string(a))
class Child(a) extends Base
  extra = fiber_yield("child init")
  fun total(this)
    return this.a + fiber_yield("in method")
fun make()
  c = Child(5)
  return [c.log, c.extra, c.seen, c.total()]
m = fiber_new(make)
print(fiber_resume(m))           // expect: init 5
print(fiber_resume(m, "L"))      // expect: child init
print(fiber_resume(m, "E"))      // expect: construct 5
print(fiber_resume(m, "S"))      // expect: in method
print(fiber_resume(m, 10))       // expect: [L, E, S, 15]
// a constructor error inside a fiber surfaces at the resume
class Strict(number n)
fun mk_bad()
  return Strict("x")
try
  fiber_resume(fiber_new(mk_bad))
catch e
  print(e)                       // expect: TypeError: Strict() expects Number for 'n'
// classes still construct normally outside fibers, with stack traces intact
class Plain(x)
  y = x * 2
print(Plain(4).y)                // expect: 8
