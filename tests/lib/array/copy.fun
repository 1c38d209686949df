// copy makes a shallow copy of arrays, maps and instances
a = [1, [2, 3]]
b = copy(a)
b[0] = 10
push(b[1], 4)
print(a)                   // expect: [1, [2, 3, 4]]
print(b)                   // expect: [10, [2, 3, 4]]
print(a == copy(a))        // expect: true
m = {"x": 1, "y": [2]}
n = copy(m)
n["x"] = 5
n["z"] = 6
push(n["y"], 3)
print(m)                   // expect: {"x": 1, "y": [2, 3]}
print(n)                   // expect: {"x": 5, "y": [2, 3], "z": 6}
class P(number x)
  y = 2
p = P(1)
q = copy(p)
q.x = 7
print(p.x, q.x, q.y, typeof(q))   // expect: 1 7 2 P
// immutable values are returned as they are
print(copy(5), copy("s"), copy(nil), copy(true), copy(2.5))  // expect: 5 s nil true 2.5
print(copy([]), copy({}))  // expect: [] {}
