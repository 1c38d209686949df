// remove(map, key) deletes the key and returns its value, or nil when absent
m = {"a": 1, "b": 2, "c": 3}
print(remove(m, "b"))       // expect: 2
print(keys(m))              // expect: [a, c]
print(remove(m, "zz"))      // expect: nil
print(len(m))               // expect: 2
m["b"] = 5
print(keys(m))              // expect: [a, c, b]
print(remove(m, "a"), remove(m, "c"), remove(m, "b")) // expect: 1 3 5
print(len(m), keys(m))      // expect: 0 []
try
  remove(m, 1)
catch e
  print(e)                // expect: Runtime type error: remove: argument 2 must be a String, got Int
