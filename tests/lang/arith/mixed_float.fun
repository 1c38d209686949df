// An Int and a Float combine to a Float (printed without .0 when whole).
print(1 + 2.5)           // expect: 3.5
print(typeof(1 + 2.0))   // expect: Float
print(1 + 2.0)           // expect: 3
print(10 / 4.0)          // expect: 2.5
print(10.0 / 4)          // expect: 2.5
print(2 * 1.5)           // expect: 3
print(5 - 0.5)           // expect: 4.5
print(1.0 * 3)           // expect: 3
print(typeof(1.0 * 3))   // expect: Float
print(-2.5)              // expect: -2.5
