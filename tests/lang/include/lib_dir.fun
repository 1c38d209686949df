// #include <x> finds a library in FUN_LIB_DIR.
// env: FUN_LIB_DIR={dir}/libdir
#include <mylib.fun>
print(lib_hello("lib"))   // expect: hello lib
print(LIB_VERSION)        // expect: 2
