// Process system and check_call return exit codes and 1/0.
// env: FUN_LIB_DIR={root}/lib
#include <io/process.fun>
p = Process()
print(p.system(["true"]), p.system(["false"]), p.system(["sh", "-c", "exit 5"]))
print(p.check_call(["true"]), p.check_call(["false"]))
code = p.system(["echo", "to stdout"])
print(code)
// expect: 0 1 5
// expect: 1 0
// expect: to stdout
// expect: 0
