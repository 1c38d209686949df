// set(map, key, value) stores like m[key] = value; get(map, key, default)
// returns the default (nil without one) for a missing key
m = {"a": 1}
print(set(m, "b", 2))              // expect: 2
print(m)                           // expect: {"a": 1, "b": 2}
set(m, "a", "replaced")
print(m.a, len(m))                 // expect: replaced 2
print(get(m, "a"), get(m, "zz"))   // expect: replaced nil
print(get(m, "zz", 7), get(m, "b", 7))   // expect: 7 2
// a stored nil is present: get returns it, not the default
m.n = nil
print(get(m, "n", "dflt"))         // expect: nil
// arrays: get with a default for an index outside the array
a = [10, 20, 30]
print(get(a, 1), get(a, -1), get(a, 3, "none"), get(a, -4))   // expect: 20 30 none nil
set(a, -1, "s")
print(a)                           // expect: [10, 20, s]
// instances: their fields
class P()
  x = 1
p = P()
set(p, "x", 5)
print(get(p, "x"), get(p, "y", 0)) // expect: 5 0
try
  set(m, 1, 2)
catch e
  print(e)   // expect: Runtime type error: map key must be a String, got Int
try
  get("str", 0)
catch e
  print(e)   // expect: Runtime type error: get: argument 1 must be an Array or Map, got String
try
  set(a, 5, 1)
catch e
  print(e)   // expect: Runtime error: set index out of range: 5 (length 3)
// `get` is not a reference builtin: a variable of that name is still callable
fun make_getter(v)
  fun getter()
    return v
  return getter
get = make_getter(5)
print(get())                       // expect: 5
fun local_get()
  get = make_getter(6)
  return get()
print(local_get())                 // expect: 6
