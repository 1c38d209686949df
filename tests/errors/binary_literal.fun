// 0b literals are not Fun syntax: a compile error at the literal.
x = 0b101   // expect error: invalid character in number literal
