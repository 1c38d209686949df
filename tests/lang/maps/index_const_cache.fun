// m["k"] and m["k"] = v with a constant key keep an inline cache of the
// entry position per site: maps of other shapes, removed and re-added keys,
// missing keys, instances and non-maps at the same site read as without it.
fun get_b(m)
  return m["b"]
fun set_b(m, v)
  m["b"] = v
  return m
class Box(b)
  b = 0
print(get_b({"a": 1, "b": 2}))           // expect: 2
print(get_b({"b": 3}))                   // expect: 3
print(get_b({"x": 1, "y": 2, "b": 4}))   // expect: 4
print(get_b({"a": 1}))                   // expect: nil
m = {"a": 1, "b": 5, "c": 6}
print(get_b(m))                          // expect: 5
remove(m, "b")
print(get_b(m))                          // expect: nil
m["b"] = 7
print(get_b(m))                          // expect: 7
print(keys(m))                           // expect: [a, c, b]
print(get_b(Box(8)))                     // expect: 8
try
  get_b(5)
catch e
  print(e)                               // expect: Runtime type error: cannot index int
print(set_b({}, 1))                      // expect: {"b": 1}
print(set_b({"a": 0, "b": 0}, 2))        // expect: {"a": 0, "b": 2}
print(set_b({"b": 0, "a": 0}, 3))        // expect: {"b": 3, "a": 0}
big = {}
i = 0
while i < 40
  big["k" + to_string(i)] = i
  i += 1
print(get_b(big))                        // expect: nil
big["b"] = 41
print(get_b(big))                        // expect: 41
print(set_b(big, 42)["b"])               // expect: 42
print(len(big))                          // expect: 41
