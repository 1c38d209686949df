// note: a raw newline inside a string literal is kept (language.md 1.7)
s = "ab
cd"
print(len(s))   // expect: 5
print(s)
// expect: ab
// expect: cd
