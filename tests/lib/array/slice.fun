// slice(x, start [, end]) with Python semantics: negative indexes, clamping, new value
a = [0, 1, 2, 3, 4]
print(slice(a, 1, 3))      // expect: [1, 2]
print(slice(a, 2))         // expect: [2, 3, 4]
print(slice(a, -2))        // expect: [3, 4]
print(slice(a, 0, -1))     // expect: [0, 1, 2, 3]
print(slice(a, -100, 100)) // expect: [0, 1, 2, 3, 4]
print(slice(a, 3, 1))      // expect: []
print(slice(a, 5))         // expect: []
print(slice(a, 9, 12))     // expect: []
print(slice(a, nil, 2))    // expect: [0, 1]
print(slice(a, 1, nil))    // expect: [1, 2, 3, 4]
print(slice([], 0, 1))     // expect: []
s = slice(a, 0)
s[0] = 99
print(a[0])                // expect: 0
print(slice("hello", 1, 3))    // expect: el
print(slice("hello", -3))      // expect: llo
print(slice("hello", 2, -1))   // expect: ll
print(slice("hello", 10))      // expect: 
print(len(slice("a\0bc", 1, 3)))  // expect: 2
print(slice(a, -9223372036854775807 - 1, 9223372036854775807))  // expect: [0, 1, 2, 3, 4]
try
  slice(a, "1")
catch e
  print(e)    // expect: Runtime type error: slice: argument 2 must be an Int, got String
try
  slice(a, 0, 1.5)
catch e
  print(e)    // expect: Runtime type error: slice: argument 3 must be an Int, got Float
try
  slice({}, 0)
catch e
  print(e)    // expect: Runtime type error: slice: argument 1 must be an Array or String, got Map
