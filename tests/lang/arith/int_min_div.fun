// D13: INT64_MIN / -1 is INT64_MIN, % -1 is 0
small = -9223372036854775807 - 1
print(small / -1)   // expect: -9223372036854775808
print(small % -1)   // expect: 0
print(7 % -1)     // expect: 0
