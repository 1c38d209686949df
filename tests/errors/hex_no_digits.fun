// 0x without digits is a compile error.
x = 0x   // expect error: expected hex digits after 0x
