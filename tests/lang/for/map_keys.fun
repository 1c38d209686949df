// For k in a Map visits the keys in insertion order.
m = {"z": 1, "a": 2, "m": 3}
for k in m
  print(k)
// expect: z
// expect: a
// expect: m
m["b"] = 4
for k in m
  echo(k)
print("")
// expect: zamb
for k in {}
  print("never")
