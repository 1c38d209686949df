print("ok")
s = "never closed   // expect error: unterminated string literal