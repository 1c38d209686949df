// The shortest round-trip text of extreme doubles.
print(5e-324)                      // expect: 5e-324
print(1.7976931348623157e308)      // expect: 1.7976931348623157e+308
print(1e15 + 0.5)                  // expect: 1000000000000000.5
print(123456789012345678.0)        // expect: 1.2345678901234568e+17
print(0.1 * 3)                     // expect: 0.30000000000000004
print(1e21)                        // expect: 1e+21
