// range() as a function returns an array of Ints
print(range(5))            // expect: [0, 1, 2, 3, 4]
print(range(2, 5))         // expect: [2, 3, 4]
print(range(0, 10, 3))     // expect: [0, 3, 6, 9]
print(range(5, 0, -2))     // expect: [5, 3, 1]
print(range(0))            // expect: []
print(range(-3))           // expect: []
print(range(5, 2))         // expect: []
print(range(2, 5, -1))     // expect: []
print(range(-2, 2))        // expect: [-2, -1, 0, 1]
print(len(range(100000)))  // expect: 100000
print(range(9223372036854775805, 9223372036854775807))  // expect: [9223372036854775805, 9223372036854775806]
print(range(-9223372036854775807 - 1, 9223372036854775807, 9223372036854775807)) // expect: [-9223372036854775808, -1, 9223372036854775806]
r = range(3)
push(r, 3)
print(r)                   // expect: [0, 1, 2, 3]
try
  range(0, 5, 0)
catch e
  print(e)    // expect: Runtime error: range step cannot be 0
try
  range(0, 9223372036854775807)
catch e
  print(e)    // expect: Runtime error: range too large (9223372036854775807 elements)
try
  range(1.5)
catch e
  print(e)    // expect: Runtime type error: range: argument 1 must be an Int, got Float
try
  range(0, "3")
catch e
  print(e)    // expect: Runtime type error: range: argument 2 must be an Int, got String
