// Global inside a nested function names the program's global.
fun outer()
  fun inner()
    global gcount
    gcount = 5
  inner()
outer()
print(gcount)   // expect: 5
