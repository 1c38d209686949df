// fixture
// a library whose functions assign short names: locals (D17a), except its
// own global and the one declared `global`
#include "lib_state.fun"
lib_total = 0
fun lib_work(x)
  c = x * 2
  r = "from lib"
  i = 0
  lib_total = lib_total + c      // its own file's global
  state_hits = state_hits + 1    // a global of a file it included above
  return c
fun lib_force(v)
  global forced
  forced = v
