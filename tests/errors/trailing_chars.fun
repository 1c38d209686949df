// Tokens left after a complete statement are a compile error.
x = 1 2   // expect error: unexpected '2' at end of statement
