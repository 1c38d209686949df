// A string literal left open at the end of its line is a compile error.
print("ok")
s = "never closed   // expect error: unterminated string literal