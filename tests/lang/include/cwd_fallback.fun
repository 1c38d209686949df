// D24: "x" falls back to the working directory (the runner uses the repository root)
#include "tests/lang/include/inc/helper.fun"
print(helper_add(2, 3))   // expect: 5
