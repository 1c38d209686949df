// % with a Float operand: fmod semantics and printing.
print(7.5 % 2)     // expect: 1.5
print(-7.5 % 2)    // expect: -1.5
print(7 % 2.5)     // expect: 2
print(typeof(7 % 2.5))   // expect: Float
