// option "timeout_ms": the child is killed with SIGKILL
t0 = clock_mono_ms()
r = proc_run(["sleep", "5"], {"timeout_ms": 200})
t = clock_mono_ms() - t0
print(r.code, r.timed_out)        // expect: -1 true
print(t >= 190, t < 3000)         // expect: true true
// output produced before the kill is kept
r = proc_run(["sh", "-c", "echo early; exec sleep 5"], {"timeout_ms": 300})
print(r.out, r.code, r.timed_out) // expect: early
// expect:  -1 true
// a child that closes stdout but keeps running is killed too
r = proc_run(["sh", "-c", "exec >&-; sleep 5"], {"timeout_ms": 200})
print(r.code, r.timed_out)        // expect: -1 true
// finishing in time: "timed_out" false, normal code
r = proc_run(["sh", "-c", "echo ok; exit 4"], {"timeout_ms": 5000})
print(r.out, r.code, r.timed_out) // expect: ok
// expect:  4 false
// no option: no "timed_out" key
print(proc_run("true").timed_out == nil)   // expect: true
// Float timeouts work; <= 0 means no timeout
print(proc_run("true", {"timeout_ms": 1000.5}).timed_out)  // expect: false
print(proc_run("true", {"timeout_ms": 0}).code)            // expect: 0
// stdin plus timeout: a child that never reads
big = repeat("x", 1000000)
r = proc_run(["sleep", "5"], {"stdin": big, "timeout_ms": 200})
print(r.code, r.timed_out)        // expect: -1 true
