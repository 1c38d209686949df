// D17: a global assigned in an included file counts as assigned above
#include "inc/shared.fun"
fun setshared()
  shared = 2
setshared()
print(shared)   // expect: 2
