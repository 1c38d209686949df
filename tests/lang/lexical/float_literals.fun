// Float literal forms: .5, 5., exponents.
print(1.5)          // expect: 1.5
print(.5)           // expect: 0.5
print(5.)           // expect: 5
print(1e3)          // expect: 1000
print(typeof(1e3))  // expect: Float
print(2.5E-3)       // expect: 0.0025
print(typeof(5.))   // expect: Float
print(typeof(1.0))  // expect: Float
print(1.25e2)       // expect: 125
