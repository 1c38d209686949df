// fun_version() and pid()
v = fun_version()
print(typeof(v))            // expect: String
print(v)                    // expect: 1.0.0
p = pid()
print(typeof(p), p > 1)     // expect: Number true
// the child's parent is this process
r = proc_run(["sh", "-c", "echo $PPID"])
print(r.out == to_string(p) + "\n")   // expect: true
print(pid() == p)           // expect: true
