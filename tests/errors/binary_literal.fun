x = 0b101   // expect error: invalid character in number literal
