// A comment after an include directive is ignored.
#include "inc/helper.fun"   // a comment after the include
#include <mylib.fun> as ml  // env: FUN_LIB_DIR={dir}/libdir
print(helper_add(1, 1))     // expect: 2
print(ml.lib_hello("x"))    // expect: hello x
