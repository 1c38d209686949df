// A quoted include that cannot be found is a compile error; nothing runs.
print("nothing runs")
#include "inc/nope.fun"   // expect error: cannot find include 'inc/nope.fun'
