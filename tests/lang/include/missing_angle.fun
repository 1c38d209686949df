// An angle-bracket include that cannot be found is a compile error.
// env: FUN_LIB_DIR={dir}/libdir
#include <nope_lib.fun>   // expect error: cannot find include 'nope_lib.fun'
