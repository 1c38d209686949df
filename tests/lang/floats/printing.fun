// D9: shortest round-trip text, %g-style
print(2.5)                 // expect: 2.5
print(0.1)                 // expect: 0.1
print(0.1 + 0.2)           // expect: 0.30000000000000004
print(1.0 / 3)             // expect: 0.3333333333333333
print(3.14159)             // expect: 3.14159
print(0.000123)            // expect: 0.000123
print(1.5e-10)             // expect: 1.5e-10
print(1e16)                // expect: 10000000000000000
print(1e17)                // expect: 1e+17
print(2.5e20)              // expect: 2.5e+20
print(100.0)               // expect: 100
print(-0.75)               // expect: -0.75
print(123456.789)          // expect: 123456.789
print(0.0001)              // expect: 0.0001
