// D3a (revised): decimal integer literals wrap modulo 2^64, as Int arithmetic does
print(-9223372036854775808)          // expect: -9223372036854775808
print(9223372036854775807)           // expect: 9223372036854775807
print(9223372036854775808)           // expect: -9223372036854775808
print(18446744073709551615)          // expect: -1
uint64 u = 18446744073709551615
print(u, u == -1)                    // expect: -1 true
print(-9223372036854775808 - 1)      // expect: 9223372036854775807
// above 2^64-1 it still wraps, with one warning naming file:line and the value
x = 99999999999999999999
print(x)                             // expect: 7766279631452241919
print(18446744073709551616)          // expect: 0
// expect stderr: Warning {file}:10: integer literal 99999999999999999999 is above 2^64-1, wrapped to 7766279631452241919
// expect stderr: Warning {file}:12: integer literal 18446744073709551616 is above 2^64-1, wrapped to 0
