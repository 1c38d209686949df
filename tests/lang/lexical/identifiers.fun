// Identifiers: underscores, digits, case-sensitive.
_a = 1
a_b2 = 2
Abc = 3
abc = 4
print(_a + a_b2)   // expect: 3
print(Abc)         // expect: 3
print(abc)         // expect: 4
