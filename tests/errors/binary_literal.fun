x = 0b101   // expect error:
