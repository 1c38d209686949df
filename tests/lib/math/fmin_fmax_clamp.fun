// fmin / fmax: C semantics, integral results become Ints (reference)
print(fmin(1, 2), fmax(1, 2))        // expect: 1 2
print(typeof(fmax(1, 2)))            // expect: Number
print(fmin(1.5, 2), fmax(1.5, 2.5))  // expect: 1.5 2.5
print(typeof(fmax(1.0, 0.5)))        // expect: Number
print(fmax(1e30, 1))                 // expect: 1e+30
print(typeof(fmax(1e30, 1)))         // expect: Float
try
  fmin("a", 1)
catch e
  print(e)    // expect: Runtime type error: fmin: argument 1 must be a Number, got String
// clamp keeps the type of the chosen value
print(clamp(5, 0, 10))               // expect: 5
print(clamp(-5, 0, 10))              // expect: 0
print(clamp(15, 0, 10))              // expect: 10
print(clamp(2.5, 0, 10))             // expect: 2.5
print(clamp(15, 0, 9.5))             // expect: 9.5
print(typeof(clamp(-1, 0.0, 1)))     // expect: Float
print(clamp(0, 0, 0))                // expect: 0
try
  clamp(1, "0", 2)
catch e
  print(e)    // expect: Runtime type error: clamp: argument 2 must be a Number, got String
try
  clamp(1, 2)
catch e
  print(e)    // expect: Runtime type error: clamp expects 3 arguments, got 2
