// language.md 5: while has no inline body form
x = 3
while x > 0 x = x - 1   // expect error: expected end of line before the indented block, got 'x'
