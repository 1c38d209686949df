print(1)   // expect: 1
// trailing comment without newline