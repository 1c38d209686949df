// 0x8000000000000000 is the smallest Int; hex literals in expressions.
print(0x8000000000000000)   // expect: -9223372036854775808
print(-0x1)                 // expect: -1
print(0xff + 1)             // expect: 256
