// Ints: exact, wrapping on overflow; negative exponents give a Float
print(pow(2, 10), pow(3, 0), pow(0, 0), pow(-2, 3))   // expect: 1024 1 1 -8
print(typeof(pow(2, 10)))            // expect: Number
print(pow(2, 62))                    // expect: 4611686018427387904
print(pow(2, 63))                    // expect: -9223372036854775808
print(pow(2, 64))                    // expect: 0
print(pow(3, 40))                    // expect: -6289078614652622815
print(pow(10, 18))                   // expect: 1000000000000000000
print(pow(1, 9223372036854775807), pow(-1, 9223372036854775807))   // expect: 1 -1
print(pow(2, -1), pow(4, -2))        // expect: 0.5 0.0625
print(typeof(pow(1, -1)))            // expect: Float
print(pow(0, -1))                    // expect: inf
// Floats: C pow
print(pow(2.0, 10), pow(4, 0.5), pow(2.5, 2))  // expect: 1024 2 6.25
print(typeof(pow(2.0, 10)))          // expect: Float
print(pow(-8, 1.0 / 3))              // expect: nan
try
  pow("2", 2)
catch e
  print(e)    // expect: Runtime type error: pow: argument 1 must be a Number, got String
try
  pow(2)
catch e
  print(e)    // expect: Runtime type error: pow expects 2 arguments, got 1
