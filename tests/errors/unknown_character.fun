// A character outside the language (@) is a compile error.
x = 1
y = @   // expect error: unexpected character
