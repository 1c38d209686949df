// D19a: on a plain map, m.f(args) calls the stored function with just args
handlers = {}
handlers["get"] = fn(req)
  return "got " + req
print(handlers.get("x"))   // expect: got x
counter = {"n": 0}
counter.inc = fn(by)
  counter.n += by
  return counter.n
counter.inc(5)
print(counter.inc(2))      // expect: 7
