fun outer()
  fun inner()
    global gcount
    gcount = 5
  inner()
outer()
print(gcount)   // expect: 5
