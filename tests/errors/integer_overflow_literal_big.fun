x = 99999999999999999999   // expect error:
