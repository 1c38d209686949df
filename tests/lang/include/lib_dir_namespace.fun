// A library included as a namespace: functions and variables as ml.name.
// env: FUN_LIB_DIR={dir}/libdir
#include <mylib.fun> as ml
print(ml.lib_hello("ns"))   // expect: hello ns
print(ml.LIB_VERSION)       // expect: 2
