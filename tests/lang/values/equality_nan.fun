// Nan is not equal to itself; inf equals inf.
inf = 1e300 * 1e300
nan = inf - inf
print(nan == nan)   // expect: false
print(nan != nan)   // expect: true
print(inf == inf)   // expect: true
print(-inf == inf)  // expect: false
