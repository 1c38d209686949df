// clear empties arrays and maps in place and returns 0
a = [1, 2, 3]
b = a
print(clear(a))             // expect: 0
print(a, b, len(b))         // expect: [] [] 0
push(a, 4)
print(b)                    // expect: [4]
m = {"x": 1, "y": 2}
print(clear(m))             // expect: 0
print(len(m), keys(m))      // expect: 0 []
m["z"] = 3
print(m)                    // expect: {"z": 3}
print(clear([]))            // expect: 0
try
  clear("abc")
catch e
  print(e)                // expect: Runtime type error: clear: argument 1 must be an Array or Map, got String
