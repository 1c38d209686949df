// local.name = v and local.name op= v: the value is made first, then stored
// into the field of the object the local holds (one instruction, SET_FIELD_L,
// when v runs no code); the same results as any other field store.
fun fields()
  m = {"x": 1.5}
  alias = m
  m.x = m.x * 2 + 1
  m.y = m.x > 3 ? "big" : "small"
  m.x += 1
  m.z = -m.x
  m.w = m["x"] && nil
  print(alias)                      // expect: {"x": 5, "y": big, "z": -5, "w": false}
fun instances()
  class P(x)
    y = 0
  p = P(1)
  p.y = p.x + 41
  p.x -= 1
  p.extra = p.y / 2
  print(p.y, p.x, p.extra)          // expect: 42 0 21
fun errors()
  s = "text"
  try
    s.z = 1
  catch e
    print(e)                        // expect: Runtime type error: cannot set field 'z' on string
  n = nil
  try
    n.z += 1
  catch e
    print(e)                        // expect: Runtime type error: cannot read field 'z' of nil
// a value that calls code is made after the object is read, as before: a
// closure that reassigns the local does not move the store
fun order()
  r = {"v": 0}
  first = r
  h = fn()
    r = {"other": true}
    return 5
  r.v = h()
  print(first, r)                   // expect: {"v": 5} {"other": true}
fields()
instances()
errors()
order()
