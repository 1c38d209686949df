// sort is stable with every comparator form
recs = []
i = 0
while i < 40
  push(recs, [i % 4, i])
  i += 1
fun key_less(a, b)
  return a[0] < b[0]
fun key_cmp(a, b)
  return a[0] - b[0]
fun key_cmp_float(a, b)
  return (a[0] - b[0]) * 0.5
fun stable(arr)
  i = 1
  while i < len(arr)
    p = arr[i - 1]
    q = arr[i]
    if p[0] > q[0] || (p[0] == q[0] && p[1] > q[1])
      return false
    i += 1
  return true
a = sort(copy(recs), key_less)
print(stable(a), len(a))     // expect: true 40
b = sort(copy(recs), key_cmp)
print(stable(b))             // expect: true
c = sort(copy(recs), key_cmp_float)
print(stable(c))             // expect: true
print(a[0], a[9], a[10], a[39])   // expect: [0, 0] [0, 36] [1, 1] [3, 39]
// default order keeps equal numbers in place: 1 and 1.0 are equal
d = sort([2, 1.0, 1, 0, 1.0])
print(d)                     // expect: [0, 1, 1, 1, 2]
print(typeof(d[1]), typeof(d[2]), typeof(d[3]))  // expect: Float Number Float
// a strict "<" Boolean comparator keeps equal elements in input order
words = ["bb", "a", "cc", "d", "ee"]
print(sort(words, fn(x, y)
  return len(x) < len(y)
))                           // expect: [a, d, bb, cc, ee]
