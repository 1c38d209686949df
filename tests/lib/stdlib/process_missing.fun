// Process on a program that does not exist: code -1 and a message on stderr,
// no exception.
// env: FUN_LIB_DIR={root}/lib
// allow-stderr
#include <io/process.fun>
p = Process()
print(p.run(["/nonexistent/program"]))
print(p.system(["/nonexistent/program"]), p.check_call(["/nonexistent/program"]))
// expect: {"out": , "code": -1}
// expect: -1 0
// expect stderr: proc_run: cannot run '/nonexistent/program': No such file or directory
