// proc_run option "stdin": fed to the child without deadlocks
r = proc_run("cat", {"stdin": "hello\nworld\n"})
print(r.out == "hello\nworld\n", r.code)   // expect: true 0
// binary data survives the round trip
b = "a\x00b\xff\x00"
print(proc_run("cat", {"stdin": b}).out == b)    // expect: true
print(rtrim(proc_run(["wc", "-c"], {"stdin": b}).out))  // expect: 5
// 4 MiB in, 4 MiB out: both pipes are serviced with poll()
big = repeat("0123456789abcdef", 262144)
r = proc_run("cat", {"stdin": big})
print(len(r.out), r.out == big)   // expect: 4194304 true
// a child that ignores its input still finishes (no SIGPIPE death for us)
r = proc_run("true", {"stdin": big})
print(r.code, len(r.out))         // expect: 0 0
r = proc_run(["head", "-c", "4"], {"stdin": big})
print(r.out, r.code)              // expect: 0123 0
// empty stdin: the child sees EOF at once
print(rtrim(proc_run(["wc", "-c"], {"stdin": ""}).out))   // expect: 0
// stdin nil = inherited
r = proc_run(["echo", "x"], {"stdin": nil})
print(r.out)                      // expect: x
// expect:
