// 32-bit unsigned bitwise operations
print(band(12, 10), bor(12, 10), bxor(12, 10))   // expect: 8 14 6
print(bnot(0), bnot(4294967295), bnot(1))        // expect: 4294967295 0 4294967294
print(band(-1, 1099511627775))       // expect: 4294967295
print(bor(-1, 0))                    // expect: 4294967295
print(bxor(4294967296, 1))           // expect: 1
print(shl(1, 31), shl(1, 32), shl(3, 33))   // expect: 2147483648 1 6
print(shl(4294967295, 4))            // expect: 4294967280
print(shr(2147483648, 31), shr(4294967295, 28), shr(-1, 0))  // expect: 1 15 4294967295
print(shr(8, 35))                    // expect: 1
print(rol(2147483648, 1), rol(1, 0), rol(1, 32))   // expect: 1 1 1
print(rol(305419896, 8))             // expect: 878082066
print(ror(1, 1), ror(305419896, 8))  // expect: 2147483648 2014458966
print(ror(7, 0), ror(7, 64))         // expect: 7 7
print(rol(1, -1))                    // expect: 2147483648
// results are never negative
print(bnot(-1), band(-2147483648, -1))   // expect: 0 2147483648
// non-Int operands are type errors (unlike the reference, which used 0)
try
  band(1.5, 1)
catch e
  print(e)    // expect: Runtime type error: band: argument 1 must be an Int, got Float
try
  bor(1, "1")
catch e
  print(e)    // expect: Runtime type error: bor: argument 2 must be an Int, got String
try
  bxor(nil, 1)
catch e
  print(e)    // expect: Runtime type error: bxor: argument 1 must be an Int, got Nil
try
  bnot(true)
catch e
  print(e)    // expect: Runtime type error: bnot: argument 1 must be an Int, got Boolean
try
  shl(1, 1.0)
catch e
  print(e)    // expect: Runtime type error: shl: argument 2 must be an Int, got Float
try
  shr([], 1)
catch e
  print(e)    // expect: Runtime type error: shr: argument 1 must be an Int, got Array
try
  rol(1, nil)
catch e
  print(e)    // expect: Runtime type error: rol: argument 2 must be an Int, got Nil
try
  ror({}, 1)
catch e
  print(e)    // expect: Runtime type error: ror: argument 1 must be an Int, got Map
try
  band(1)
catch e
  print(e)    // expect: Runtime type error: band expects 2 arguments, got 1
