// Typed declarations without a value start at their type's zero value
array a
map m
float f
string s
number n
boolean b
int8 i
uint64 u
print(a, m, f, s == "", n, b, i, u)   // expect: [] {} 0 true 0 false 0 0
print(typeof(a), typeof(m), typeof(f), typeof(s), typeof(b))   // expect: Array Map Float String Boolean
push(a, 1)
m.k = 2
print(a, m, f + 0.5)                 // expect: [1] {"k": 2} 0.5
fun fresh()
  array xs
  map seen
  push(xs, len(seen))
  seen["x"] = true
  return [xs, seen]
print(fresh(), fresh())   // expect: [[0], {"x": true}] [[0], {"x": true}]
// every declaration gets its own container
array p
array q
push(p, 1)
print(q)                  // expect: []
