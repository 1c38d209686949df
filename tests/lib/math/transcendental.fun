// trig, exp and logs always give Floats
print(sin(0), cos(0), tan(0))        // expect: 0 1 0
print(typeof(sin(0)))                // expect: Float
print(asin(1) * 2, acos(1), atan(0)) // expect: 3.141592653589793 0 0
print(atan2(1, 1) * 4)               // expect: 3.141592653589793
print(atan2(0, -1))                  // expect: 3.141592653589793
print(exp(0), exp(1))                // expect: 1 2.718281828459045
print(log(1), log(exp(2)))           // expect: 0 2
print(log10(1000), log2(1024))       // expect: 3 10
print(log(0), log(-1), log10(0), log2(-8))   // expect: nan nan nan nan
print(asin(2))                       // expect: nan
print(typeof(log10(1000)))           // expect: Float
try
  sin("0")
catch e
  print(e)    // expect: Runtime type error: sin: argument 1 must be a Number, got String
try
  atan2(1, "x")
catch e
  print(e)    // expect: Runtime type error: atan2: argument 2 must be a Number, got String
try
  log()
catch e
  print(e)    // expect: Runtime type error: log expects 1 argument, got 0
