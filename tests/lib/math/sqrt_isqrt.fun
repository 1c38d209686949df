// sqrt: Int when an Int argument has an integral root, else Float
print(sqrt(16), typeof(sqrt(16)))    // expect: 4 Number
print(sqrt(2))                       // expect: 1.4142135623730951
print(typeof(sqrt(2)))               // expect: Float
print(sqrt(0), sqrt(1))              // expect: 0 1
print(sqrt(6.25), typeof(sqrt(16.0)))    // expect: 2.5 Float
print(sqrt(-4), sqrt(-1.5))          // expect: nan nan
print(sqrt(9223372036854775807))     // expect: 3037000499.97605
print(sqrt(9223372030926249001))     // expect: 3037000499
print(typeof(sqrt(9223372030926249001)))  // expect: Number
// isqrt: floor square root, Floats truncated, <= 0 gives 0
print(isqrt(15), isqrt(16), isqrt(17))    // expect: 3 4 4
print(isqrt(0), isqrt(-5), isqrt(1))      // expect: 0 0 1
print(isqrt(99.9))                        // expect: 9
print(isqrt(9223372036854775807))         // expect: 3037000499
print(isqrt(1e300))                       // expect: 3037000499
try
  sqrt("4")
catch e
  print(e)    // expect: Runtime type error: sqrt: argument 1 must be a Number, got String
try
  isqrt(nil)
catch e
  print(e)    // expect: Runtime type error: isqrt: argument 1 must be a Number, got Nil
