// Int arithmetic: + - * / % and their results.
print(1 + 2)       // expect: 3
print(7 - 10)      // expect: -3
print(6 * 7)       // expect: 42
print(7 / 2)       // expect: 3
print(-7 / 2)      // expect: -3
print(7 / -2)      // expect: -3
print(10 / 4)      // expect: 2
print(7 % 3)       // expect: 1
print(-7 % 3)      // expect: -1
print(7 % -3)      // expect: 1
print(-5 % 3)      // expect: -2
print(-(3))        // expect: -3
x = 4
print(-x)          // expect: -4
print(--x)         // expect: 4
