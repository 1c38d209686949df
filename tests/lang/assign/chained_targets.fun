// Assignment targets with computed indexes and nested Map/Array paths.
a = [0, 0]
i = 0
a[i] = i + 5
print(a)   // expect: [5, 0]
m = {}
m["a"] = {}
m["a"]["b"] = []
m["a"]["b"] += [1]
print(m)   // expect: {"a": {"b": [1]}}
