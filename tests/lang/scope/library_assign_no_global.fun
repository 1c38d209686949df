// D17a: a library function's plain assignment never writes a global of the
// including program; its own file's globals and those of files it included
// still are written; `global name` reaches the program's global
c = 1
r = "mine"
i = 42
forced = "old"
#include "inc/lib_writer.fun"
print(lib_work(5), lib_work(1))   // expect: 10 2
print(c, r, i)                    // expect: 1 mine 42
print(lib_total, state_hits)      // expect: 12 2
lib_force("new")
print(forced)                     // expect: new
// the main file's own functions still write globals assigned above (D17)
fun mine()
  c = 100
mine()
print(c)                          // expect: 100
