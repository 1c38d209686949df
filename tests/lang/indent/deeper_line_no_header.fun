// language.md 2: a line deeper than its block without a header is executed in sequence
x = 1
  y = 2
print(x + y)   // expect: 3
