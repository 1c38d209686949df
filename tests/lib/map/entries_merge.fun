// entries(m) -> [[k, v], ...] in order
m = {"a": 1, "b": [2], "c": {"d": 3}}
print(entries(m))          // expect: [[a, 1], [b, [2]], [c, {"d": 3}]]
print(entries({}))         // expect: []
for e in entries(m)
  print(e[0])
// expect: a
// expect: b
// expect: c
// merge(a, b) -> new map; b's values win, order: a's keys then b's new keys
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
z = merge(x, y)
print(z)                   // expect: {"a": 1, "b": 20, "c": 30}
print(x)                   // expect: {"a": 1, "b": 2}
print(y)                   // expect: {"b": 20, "c": 30}
z["a"] = 100
print(x["a"])              // expect: 1
print(merge({}, {}))       // expect: {}
print(merge(x, {}) == x)   // expect: true
print(merge(y, x))         // expect: {"b": 2, "c": 30, "a": 1}
try
  merge(x, [1])
catch e
  print(e)    // expect: Runtime type error: merge: argument 2 must be a Map, got Array
try
  merge(nil, x)
catch e
  print(e)    // expect: Runtime type error: merge: argument 1 must be a Map, got Nil
try
  entries([1])
catch e
  print(e)    // expect: Runtime type error: entries: argument 1 must be a Map, got Array
