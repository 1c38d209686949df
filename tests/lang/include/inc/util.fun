// fixture
#include "helper.fun"
fun util_twice(x)
  return helper_add(x, x)
UTIL_NAME = "util"
