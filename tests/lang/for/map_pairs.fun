// For (k, v) in a Map gives key and value in insertion order.
m = {"one": 1, "two": 2}
for (k, v) in m
  print(k + "=" + to_string(v))
// expect: one=1
// expect: two=2
