x = 1
break   // expect error: break used outside of loop
