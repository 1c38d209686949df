// 1.2.3 is a number followed by a field access without a name: a compile
// error.
x = 1.2.3   // expect error: expected a field name after '.'
