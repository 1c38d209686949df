// Inf, -inf and nan arise from overflow and print as such.
inf = 1e300 * 1e300
print(inf)          // expect: inf
print(-inf)         // expect: -inf
print(inf - inf)    // expect: nan
print(typeof(inf))  // expect: Float
print(inf > 1e308)  // expect: true
