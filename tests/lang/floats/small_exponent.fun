// note: C %g style exponent uses at least two digits
print(0.00001)      // expect: 1e-05
print(1.25e-7)      // expect: 1.25e-07
print(1e100)        // expect: 1e+100
