// Float division and modulo keep the signs C's fmod gives.
print(-7 / 2.0)     // expect: -3.5
print(7.5 % -2)     // expect: 1.5
print(1 / 4.0)      // expect: 0.25
print(typeof(4 / 2.0))   // expect: Float
print(4 / 2.0)      // expect: 2
