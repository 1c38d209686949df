// keys / values in insertion order
m = {"b": 1, "a": 2, "c": [3]}
print(keys(m))             // expect: [b, a, c]
print(values(m))           // expect: [1, 2, [3]]
m["d"] = nil
print(keys(m))             // expect: [b, a, c, d]
print(values(m))           // expect: [1, 2, [3], nil]
m["a"] = 20
print(keys(m), values(m))  // expect: [b, a, c, d] [1, 20, [3], nil]
print(keys({}), values({}))  // expect: [] []
k = keys(m)
push(k, "zz")
print(len(m))              // expect: 4
print(typeof(keys(m)[0]))  // expect: String
// after deletions the order of the rest is kept
remove(m, "b")
remove(m, "c")
print(keys(m))             // expect: [a, d]
m["b"] = 1
print(keys(m))             // expect: [a, d, b]
// a large map
big = {}
for i in range(0, 500)
  big["k" + to_string(i)] = i
ks = keys(big)
print(len(ks), ks[0], ks[499])   // expect: 500 k0 k499
print(reduce(values(big), 0, fn(a, b)
  return a + b
))                               // expect: 124750
// binary-safe keys
bm = {}
bm["a\0b"] = 1
print(len(keys(bm)[0]))    // expect: 3
// plain variables named like the builtin do not shadow it
keys = keys(m)
print(keys)                // expect: [a, d, b]
