// floor / ceil / trunc / round: Ints pass through, Float results become Ints when they fit
print(floor(2.7), ceil(2.1), trunc(-2.7), round(2.5))   // expect: 2 3 -2 3
print(typeof(floor(2.7)), typeof(floor(5)))             // expect: Number Number
print(floor(-2.5), ceil(-2.5), trunc(2.9))              // expect: -3 -2 2
print(round(-2.5), round(2.4999), round(-0.4), round(0.5))  // expect: -3 2 0 1
print(round(7), floor(-7), ceil(9223372036854775807))   // expect: 7 -7 9223372036854775807
print(floor(1e30), typeof(floor(1e30)))                 // expect: 1e+30 Float
print(round(-1e19), typeof(round(-1e19)))               // expect: -1e+19 Float
print(floor(-9223372036854775808.0))                    // expect: -9223372036854775808
print(typeof(floor(-9223372036854775808.0)))            // expect: Number
print(typeof(floor(9223372036854775808.0)))             // expect: Float
inf = 1e308 * 10
print(floor(inf), ceil(-inf))                           // expect: inf -inf
print(floor(0.0 * inf))                                 // expect: nan
try
  floor("2.5")
catch e
  print(e)    // expect: Runtime type error: floor: argument 1 must be a Number, got String
try
  round(nil)
catch e
  print(e)    // expect: Runtime type error: round: argument 1 must be a Number, got Nil
try
  ceil(true)
catch e
  print(e)    // expect: Runtime type error: ceil: argument 1 must be a Number, got Boolean
try
  trunc()
catch e
  print(e)    // expect: Runtime type error: trunc expects 1 argument, got 0
