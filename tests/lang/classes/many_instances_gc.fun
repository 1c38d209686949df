// 20000 linked instances stay reachable and intact through collections.
// timeout: 30
class Node(v)
  next = nil
head = nil
for i in range(0, 20000)
  n = Node(i)
  n.next = head
  head = n
count = 0
cur = head
while cur
  count += 1
  cur = cur.next
print(count)        // expect: 20000
print(head.v)       // expect: 19999
