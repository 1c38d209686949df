// A closure as a generator: captured state advances on each call.
fun range_gen(lo, hi)
  cur = lo
  return fn()
    if cur >= hi
      return nil
    v = cur
    cur += 1
    return v

g = range_gen(3, 6)
x = g()
while x != nil
  print(x)
  x = g()
// expect: 3
// expect: 4
// expect: 5
