// Array equality compares elements numerically: nan never equal, 1 equals 1.0.
nan = 1e300 * 1e300 - 1e300 * 1e300
print([nan] == [nan])    // expect: false
print([1, 2.0] == [1.0, 2])   // expect: true
