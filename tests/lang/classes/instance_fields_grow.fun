// An instance's first fields live in its own block; adding more moves them
// out (past the small-table size too) with every value and the order kept.
class P(a, b)
warm = P(0, 0) // the class now knows its instances start with two fields
p = P(1, 2)
for i in range(0, 20)
  p["f" + to_string(i)] = i * i
total = 0
for i in range(0, 20)
  total = total + p["f" + to_string(i)]
print(p.a, p.b, total, len(p))   // expect: 1 2 2470 22
print(keys(p)[0], keys(p)[1], keys(p)[2], keys(p)[21]) // expect: a b f0 f19
// instances made after one grew start small again and still work
q = P("x", "y")
q.c = "z"
print(q)                         // expect: P{"a": x, "b": y, "c": z}
// many instances of a growing class under collection
objs = []
for i in range(0, 2000)
  o = P(i, -i)
  if i % 3 == 0
    o.extra = [i]
  push(objs, o)
ok = true
for i in range(0, 2000)
  o = objs[i]
  if o.a != i || o.b != -i || (i % 3 == 0 && o.extra[0] != i)
    ok = false
print(ok)                        // expect: true
