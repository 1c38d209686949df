// Abs and sign for Ints and Floats, including the Int minimum and -0.0.
print(abs(-5), abs(5), abs(0))       // expect: 5 5 0
print(abs(-2.5), abs(2.5))           // expect: 2.5 2.5
print(typeof(abs(-5)), typeof(abs(-5.0)))   // expect: Number Float
print(abs(-9223372036854775807 - 1)) // expect: -9223372036854775808
print(abs(-0.0))                     // expect: 0
print(sign(-3), sign(0), sign(7))    // expect: -1 0 1
print(sign(-0.5), sign(0.0), sign(2.5))  // expect: -1 0 1
print(typeof(sign(2.5)))             // expect: Number
print(sign(0.0 / 1))                 // expect: 0
try
  abs("3")
catch e
  print(e)    // expect: Runtime type error: abs: argument 1 must be a Number, got String
try
  sign([])
catch e
  print(e)    // expect: Runtime type error: sign: argument 1 must be a Number, got Array
