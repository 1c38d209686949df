x = 1
y = @   // expect error: unexpected character
