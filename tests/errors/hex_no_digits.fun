x = 0x   // expect error:
