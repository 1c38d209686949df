// Comparisons and ! give Booleans.
print(1 < 2)          // expect: true
print(2 <= 1)         // expect: false
print(3 > 2)          // expect: true
print(3 >= 3)         // expect: true
print(1 == 1)         // expect: true
print(1 != 1)         // expect: false
print(typeof(1 < 2))  // expect: Boolean
print(typeof(1 == 2)) // expect: Boolean
print(typeof(!1))     // expect: Boolean
