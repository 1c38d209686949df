// stderr passes through unless the option "stderr" is true
r = proc_run(["sh", "-c", "echo out; echo oops >&2; exit 3"])
// expect stderr: oops
print(r.out, r.code, r.err == nil)    // expect: out
// expect:  3 true
r = proc_run(["sh", "-c", "echo out; echo oops >&2"], {"stderr": true})
print(r.out == "out\n", r.err == "oops\n", r.code)   // expect: true true 0
print(len(r))                         // expect: 3
// lots of output on both pipes at once
r = proc_run(["sh", "-c", "head -c 1000000 /dev/zero; head -c 2000000 /dev/zero >&2"], {"stderr": true})
print(len(r.out), len(r.err))         // expect: 1000000 2000000
// "stderr": false keeps passing it through
r = proc_run(["sh", "-c", "echo second >&2"], {"stderr": false})
// expect stderr: second
print(r.err == nil)                   // expect: true
// a program that cannot run reports into "err"
r = proc_run("fun_no_such_prog_q", {"stderr": true})
print(r.code, r.err)                  // expect: -1 proc_run: cannot run 'fun_no_such_prog_q': No such file or directory
// expect:
