// D13: Int overflow in + - * wraps
big = 9223372036854775807
small = -9223372036854775807 - 1
print(small)           // expect: -9223372036854775808
print(big + 1)       // expect: -9223372036854775808
print(small - 1)       // expect: 9223372036854775807
print(big * 2)       // expect: -2
print(small * -1)      // expect: -9223372036854775808
print(-small)          // expect: -9223372036854775808
print(big + big)     // expect: -2
print(3037000500 * 3037000500)   // expect: -9223372036709301616
