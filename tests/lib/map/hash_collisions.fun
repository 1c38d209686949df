// Large maps (an index over the entries): keys whose 32-bit hashes collide
// ("k32728" and "k261234" have the same FNV-1a hash), deletions leaving
// tombstones, keys with NUL bytes and the empty key.
m = {}
for i in range(0, 100)
  m["f" + to_string(i)] = i
a = "k" + to_string(32728)
b = "k" + to_string(261234)
m[a] = "A"
print(has(m, b), m[b])               // expect: false nil
m[b] = "B"
print(m[a], m[b], m["k32728"], m["k261234"])   // expect: A B A B
remove(m, a)
print(has(m, a), m[b], len(keys(m)))   // expect: false B 101
m[a] = "A2"
print(m[a], m[b])                    // expect: A2 B
remove(m, b)
print(m[a], has(m, b))               // expect: A2 false

// NUL bytes and the empty string are keys like any other
m["x\0y"] = 1
m["x\0z"] = 2
m[""] = 3
m["x"] = 4
print(m["x\0y"], m["x\0z"], m[""], m["x"], m["x\0"])   // expect: 1 2 3 4 nil

// many deletes and re-inserts: tombstones are reused, order is insertion order
t = {}
for r in range(0, 5)
  for i in range(0, 300)
    t["key" + to_string(i)] = r * 1000 + i
  for i in range(0, 300)
    if i % 3 != 0
      remove(t, "key" + to_string(i))
print(len(keys(t)), t["key0"], t["key3"], t["key4"], t["key299"])   // expect: 100 4000 4003 nil nil
ks = keys(t)
print(ks[0], ks[1], ks[99])          // expect: key0 key3 key297
s = 0
for k, v in t
  s = s + v
print(s)                             // expect: 414850
