// Hello.fun prints its greeting and returns nil.
// env: FUN_LIB_DIR={root}/lib
#include <hello.fun>
r = hello_lib()
print(r)
// expect: Hello from system lib!
// expect: nil
