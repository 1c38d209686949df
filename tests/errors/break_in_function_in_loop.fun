// a loop in the caller does not make break legal inside a function
for i in range(0, 3)
  f = fn()
    break   // expect error: break used outside of loop

