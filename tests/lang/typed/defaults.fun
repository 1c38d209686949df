// Typed declarations without a value start at 0, "", false.
number n
string s
boolean f
uint8 u
print(n)         // expect: 0
print(s == "")   // expect: true
print(f)         // expect: false
print(u)         // expect: 0
