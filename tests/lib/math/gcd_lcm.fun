// Gcd and lcm: signs, zeros, Float arguments truncated, large values.
print(gcd(12, 18), gcd(18, 12), gcd(-12, 18), gcd(0, 5), gcd(0, 0))  // expect: 6 6 6 5 0
print(lcm(4, 6), lcm(-4, 6), lcm(0, 5), lcm(7, 0))   // expect: 12 12 0 0
print(gcd(12.9, 18.2), lcm(4.5, 6))  // expect: 6 12
print(typeof(gcd(12.9, 18.2)))       // expect: Number
print(gcd(9223372036854775807, 3))   // expect: 1
print(lcm(1000000007, 998244353))    // expect: 998244359987710471
try
  gcd("1", 2)
catch e
  print(e)    // expect: Runtime type error: gcd: argument 1 must be a Number, got String
try
  lcm(1, [2])
catch e
  print(e)    // expect: Runtime type error: lcm: argument 2 must be a Number, got Array
