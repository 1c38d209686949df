// A container reached again inside itself prints as [...] / {...}, as in Python
a = [1]
push(a, a)
print(a)                 // expect: [1, [...]]
print(to_string(a))      // expect: [1, [...]]
m = {"k": 1}
m.self = m
m.list = [m, a]
print(m)                 // expect: {"k": 1, "self": {...}, "list": [{...}, [1, [...]]]}
class Node()
  next = nil
  val = 0
n = Node()
n.next = n
print(n)                 // expect: Node{"next": {...}, "val": 0}
// shared but not cyclic: printed in full each time
s = [1, 2]
print([s, s, {"x": s}])  // expect: [[1, 2], [1, 2], {"x": [1, 2]}]
// a long cycle prints its length once, not kilobytes of nesting
r = [0]
cur = r
for i in range(3)
  nxt = [i + 1]
  push(cur, nxt)
  cur = nxt
push(cur, r)
print(r)                 // expect: [0, [1, [2, [3, [...]]]]]
print(join([a], ""))     // expect: [1, [...]]
