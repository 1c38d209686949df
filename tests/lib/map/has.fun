// has answers a Boolean (D6a)
m = {"a": 1, "n": nil, "f": false}
print(has(m, "a"))         // expect: true
print(has(m, "n"))         // expect: true
print(has(m, "f"))         // expect: true
print(has(m, "zz"))        // expect: false
print(has({}, ""))         // expect: false
print(typeof(has(m, "a"))) // expect: Boolean
remove(m, "a")
print(has(m, "a"))         // expect: false
m[""] = 0
print(has(m, ""))          // expect: true
try
  has(m, 1)
catch e
  print(e)    // expect: Runtime type error: has: argument 2 must be a String, got Int
try
  has([1], "a")
catch e
  print(e)    // expect: Runtime type error: has: argument 1 must be a Map, got Array
try
  has(nil, "a")
catch e
  print(e)    // expect: Runtime type error: has: argument 1 must be a Map, got Nil
