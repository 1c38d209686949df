// min / max: two or more numbers or one array; the result keeps its type (D8)
print(min(3, 1), max(3, 1))          // expect: 1 3
print(min(3, 1, 2, -5, 4))           // expect: -5
print(max(3, 1, 2, -5, 4))           // expect: 4
print(min(1.5, 2), max(1.5, 2))      // expect: 1.5 2
print(typeof(max(1.5, 2)))           // expect: Number
print(typeof(min(1, 1.0)), typeof(min(1.0, 1)))  // expect: Number Float
print(min([4, 2, 8]), max([4, 2, 8]))  // expect: 2 8
print(min([7]), max([2.5]))          // expect: 7 2.5
print(max(-9223372036854775807 - 1, 9223372036854775807))  // expect: 9223372036854775807
print(max(9007199254740993, 9007199254740992.0))  // expect: 9007199254740993
print(min(-0.5, -1))                 // expect: -1
try
  min([])
catch e
  print(e)    // expect: Runtime error: min of empty array
try
  max([])
catch e
  print(e)    // expect: Runtime error: max of empty array
try
  min(1, "2")
catch e
  print(e)    // expect: Runtime type error: min: argument 2 must be a Number, got String
try
  max(nil, 1)
catch e
  print(e)    // expect: Runtime type error: max: argument 1 must be a Number, got Nil
try
  max([1, "x"])
catch e
  print(e)    // expect: Runtime type error: max: array element 1 must be a Number, got String
try
  min(5)
catch e
  print(e)    // expect: Runtime type error: min: argument 1 must be an Array, got Int
try
  min()
catch e
  print(e)    // expect: Runtime type error: min expects at least 1 argument, got 0
