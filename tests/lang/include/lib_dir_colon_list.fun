// FUN_LIB_DIR is a colon-separated list searched in order.
// env: FUN_LIB_DIR=/nonexistent/fun/lib:{dir}/libdir
#include <mylib.fun>
print(lib_hello("second dir"))   // expect: hello second dir
