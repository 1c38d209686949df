// A linked list of instances built and walked by methods.
class Node(value)
  next = nil
class List
  head = nil
  size = 0
  fun push_front(v)
    n = Node(v)
    n.next = this.head
    this.head = n
    this.size += 1
  fun to_array()
    out = []
    cur = this.head
    while cur
      out += [cur.value]
      cur = cur.next
    return out
l = List()
for i in range(0, 4)
  l.push_front(i)
print(l.to_array())   // expect: [3, 2, 1, 0]
print(l.size)         // expect: 4
