// A computed String key works with [] and as a field name.
k = "dyn"
m = {}
m[k + "amic"] = 1
print(m)            // expect: {"dynamic": 1}
print(m.dynamic)    // expect: 1
