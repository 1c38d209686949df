// Instances are references: aliases see each other's changes.
class Node(value)
  next = nil
a = Node(1)
b = Node(2)
a.next = b
b.value = 20
print(a.next.value)   // expect: 20
fun setv(n)
  n.value = 99
setv(a)
print(a.value)        // expect: 99
