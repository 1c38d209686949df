x = 1
break   // expect error:
