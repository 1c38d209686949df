// D24: include-once also breaks include cycles
#include "inc/cycle_a.fun"
print("main")
// expect: b loaded
// expect: a loaded
// expect: main
