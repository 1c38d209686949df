// uclamp / sclamp wrap an Int like typed declarations (D14)
print(uclamp(300, 8))               // expect: 44
print(uclamp(-1, 8))                // expect: 255
print(uclamp(-1, 32))               // expect: 4294967295
print(uclamp(-1, 64))               // expect: -1
print(uclamp(5, 1))                 // expect: 1
print(uclamp(65536 + 7, 16))        // expect: 7
print(uclamp(255, 8))               // expect: 255
print(sclamp(200, 8))               // expect: -56
print(sclamp(127, 8))               // expect: 127
print(sclamp(128, 8))               // expect: -128
print(sclamp(40000, 16))            // expect: -25536
print(sclamp(-1, 1))                // expect: -1
print(sclamp(1, 1))                 // expect: -1
print(sclamp(2, 1))                 // expect: 0
print(sclamp(4294967295, 32))       // expect: -1
print(sclamp(-9223372036854775807 - 1, 64)) // expect: -9223372036854775808
print(sclamp(2147483648, 32))       // expect: -2147483648
uint8 b = 300
print(b == uclamp(300, 8))          // expect: true
try
  uclamp(1, 0)
catch e
  print(e)  // expect: Runtime error: uclamp: bits must be between 1 and 64, got 0
try
  sclamp(1, 65)
catch e
  print(e)  // expect: Runtime error: sclamp: bits must be between 1 and 64, got 65
try
  uclamp(1.5, 8)
catch e
  print(e)  // expect: Runtime type error: uclamp: argument 1 must be an Int, got Float
try
  sclamp(1, "8")
catch e
  print(e)  // expect: Runtime type error: sclamp: argument 2 must be an Int, got String
try
  sclamp(1)
catch e
  print(e)  // expect: Runtime type error: sclamp expects 2 arguments, got 1
