x = 0x   // expect error: expected hex digits after 0x
