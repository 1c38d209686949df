// For (i, x) in an Array gives index and element.
for (i, x) in ["a", "b", "c"]
  print(to_string(i) + ":" + x)
// expect: 0:a
// expect: 1:b
// expect: 2:c
