// Enumerate pairs indexes with elements; zip stops at the shorter Array.
print(enumerate(["a", "b", "c"]))   // expect: [[0, a], [1, b], [2, c]]
print(enumerate([]))                // expect: []
print(zip([1, 2, 3], ["x", "y"]))   // expect: [[1, x], [2, y]]
print(zip([], [1]))                 // expect: []
print(zip([1], [[2]]))              // expect: [[1, [2]]]
for p in enumerate([5, 6])
  print(p[0], p[1])
// expect: 0 5
// expect: 1 6
big = range(1000)
z = zip(big, enumerate(big))
print(len(z), z[999][1][0])         // expect: 1000 999
try
  enumerate("abc")
catch e
  print(e)    // expect: Runtime type error: enumerate: argument 1 must be an Array, got String
try
  zip([1], 2)
catch e
  print(e)    // expect: Runtime type error: zip: argument 2 must be an Array, got Int
