// Operator precedence and left associativity.
print(1 + 2 * 3)          // expect: 7
print((1 + 2) * 3)        // expect: 9
print(10 - 3 - 2)         // expect: 5
print(100 / 10 / 5)       // expect: 2
print(2 * 3 % 4)          // expect: 2
print(-2 * 3)             // expect: -6
print(2 - -1)             // expect: 3
print(!1 == 0)            // expect: true
print(1 < 2 == true)      // expect: true
print(1 < 2 == 2 < 3)     // expect: true
print(1 + 2 < 4 && 3 > 2 || false)   // expect: true
print(!true || true)      // expect: true
print(false && true || true)         // expect: true
print(true || false && false)        // expect: true
print(1 + 1 == 2 ? "yes" : "no")     // expect: yes
print(2 * -3 + 10 / 2)    // expect: -1
