// Int literals: leading zeros are decimal, the 64-bit maximum.
print(0)           // expect: 0
print(42)          // expect: 42
print(017)         // expect: 17
print(9223372036854775807)   // expect: 9223372036854775807
print(typeof(42))  // expect: Number
