// arguments and results are copied: the thread cannot change the caller's data
m = {"a": [1, 2]}
id = thread_spawn(fn(x)
  push(x.a, 3)
  x.b = "new"
  return x
, m)
r = thread_join(id)
print(r)   // expect: {"a": [1, 2, 3], "b": new}
print(m)   // expect: {"a": [1, 2]}
// globals are copied at spawn time
G = [1]
id = thread_spawn(fn()
  push(G, 2)
  return G
)
print(thread_join(id), G)   // expect: [1, 2] [1]
// cycles survive the copy
c = []
push(c, c)
r = thread_join(thread_spawn(fn(x)
  return x[0] == x
, [c]))
print(r)   // expect: true
class P(n)
  fun get(this)
    return this.n * 2
r = thread_join(thread_spawn(fn(p)
  return p.get()
, [P(21)]))
print(r)   // expect: 42
