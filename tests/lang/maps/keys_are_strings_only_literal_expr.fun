k = "dyn"
m = {}
m[k + "amic"] = 1
print(m)            // expect: {"dynamic": 1}
print(m.dynamic)    // expect: 1
