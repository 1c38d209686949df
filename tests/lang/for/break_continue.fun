// Break and continue in for loops over Arrays.
for x in [1, 2, 3, 4, 5, 6]
  if x == 2
    continue
  if x == 5
    break
  print(x)
// expect: 1
// expect: 3
// expect: 4
for (k, v) in {"a": 1, "b": 2, "c": 3}
  if k == "b"
    continue
  print(k)
// expect: a
// expect: c
