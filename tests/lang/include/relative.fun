// D24: "x" resolves relative to the including file (nested includes too)
#include "inc/util.fun"
print(util_twice(21))   // expect: 42
print(helper_add(1, 2)) // expect: 3
print(UTIL_NAME)        // expect: util
