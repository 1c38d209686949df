// Map literals, m["k"] and m.k reads and writes, a missing key is nil.
m = {"a": 1, "b": "two"}
print(m["a"])        // expect: 1
print(m.b)           // expect: two
print(m["missing"])  // expect: nil
print(m.missing)     // expect: nil
m["c"] = [3]
m.d = 4
print(m)             // expect: {"a": 1, "b": two, "c": [3], "d": 4}
print(len(m))        // expect: 4
m["a"] = 100
print(m)             // expect: {"a": 100, "b": two, "c": [3], "d": 4}
k = "b"
print(m[k])          // expect: two
