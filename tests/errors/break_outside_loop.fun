// Break outside any loop is a compile error on its line.
x = 1
break   // expect error: break used outside of loop
