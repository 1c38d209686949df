// Classes whose only initialization is their header parameters (built
// without running code): field order, missing and extra arguments, typed
// parameters, inheritance with and without a header, and a name given by
// both a parent's and a child's header.
class P(x, y)
print(P(1, 2))          // expect: P{"x": 1, "y": 2}
print(P(1))             // expect: P{"x": 1, "y": nil}
print(P(1, 2, 3))       // expect: P{"x": 1, "y": 2}
print(P())              // expect: P{"x": nil, "y": nil}
class Q(b, a) extends P
print(Q(1, 2))          // expect: Q{"x": 1, "y": 2, "b": 1, "a": 2}
class R(y, z) extends P
print(R("r", "s"))      // expect: R{"x": r, "y": r, "z": s}
class S extends P
print(S(7, 8))          // expect: S{"x": 7, "y": 8}
class T(boolean flag, int n)
print(T(1, 2))          // expect: T{"flag": true, "n": 2}
try
  T(nil, 1)
catch e
  print(e)
// expect: TypeError: missing argument 'flag' in T()
// a field added later goes last; a new instance starts again from the header
p = P(1, 2)
p.w = 3
print(p)                // expect: P{"x": 1, "y": 2, "w": 3}
print(P(4, 5))          // expect: P{"x": 4, "y": 5}
// many instances survive collections with their fields intact
trees = []
for i in range(0, 3000)
  push(trees, P(i, [i]))
ok = true
for i in range(0, 3000)
  if trees[i].x != i || trees[i].y[0] != i
    ok = false
print(ok)               // expect: true
// the second and later instances of a class are filled from its field list
// (no table lookups): the same fields, order and values as the first
print(Q(1, 2))          // expect: Q{"x": 1, "y": 2, "b": 1, "a": 2}
print(Q(3))             // expect: Q{"x": 3, "y": nil, "b": 3, "a": nil}
print(R("r", "s"))      // expect: R{"x": r, "y": r, "z": s}
print(S(1, 2, 3))       // expect: S{"x": 1, "y": 2}
print(T(0, 3))          // expect: T{"flag": false, "n": 3}
class U(number n)
print(U(1))             // expect: U{"n": 1}
try
  U("x")
catch e
  print(e)
// expect: TypeError: U() expects Number for 'n'
class Wide(a, b, c, d, e, f, g, h, i, j)
print(Wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).j) // expect: 10
print(Wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 11).j) // expect: 11
