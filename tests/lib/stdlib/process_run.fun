// Process().run captures output and exit code, arguments passed without a
// shell.
// env: FUN_LIB_DIR={root}/lib
#include <io/process.fun>
p = Process()
r = p.run(["echo", "hello", "a b"])
print(r)
print(p.run(["sh", "-c", "exit 3"]).code)
// no shell: the metacharacters reach the program as plain arguments
print(p.run(["echo", "$HOME", "|", "x;y"]).out)
print(p.run("echo split into words").out)
print(p.run_input(["tr", "a-z", "A-Z"], "shout"))
m = p.run_merge_stderr(["sh", "-c", "echo out; echo err >&2; exit 2"])
print(m)
w = p.run_with(["pwd"], {"cwd": "/"})
print(w.out, w.code)
// expect: {"out": hello a b
// expect: , "code": 0}
// expect: 3
// expect: $HOME | x;y
// expect:
// expect: split into words
// expect:
// expect: {"out": SHOUT, "code": 0}
// expect: {"out": out
// expect: err
// expect: , "code": 2}
// expect: /
// expect:  0
