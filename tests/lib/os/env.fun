// env, env_set, env_all
// env: FUN_OS_T1=hello world
// env: FUN_OS_EMPTY=
print(env("FUN_OS_T1"))                 // expect: hello world
print(env("FUN_OS_UNSET_XYZ") == "")    // expect: true
print(len(env("FUN_OS_EMPTY")))         // expect: 0
print(typeof(env("FUN_OS_UNSET_XYZ")))  // expect: String
print(env_set("FUN_OS_T2", "a=b c"))    // expect: 1
print(env("FUN_OS_T2"))                 // expect: a=b c
all = env_all()
print(typeof(all))                      // expect: Map
print(all["FUN_OS_T1"])                 // expect: hello world
print(all["FUN_OS_T2"])                 // expect: a=b c
print(all["FUN_OS_UNSET_XYZ"] == nil)   // expect: true
// nil removes the variable
print(env_set("FUN_OS_T2", nil))        // expect: 1
print(env("FUN_OS_T2") == "")           // expect: true
print(env_all()["FUN_OS_T2"] == nil)    // expect: true
// removing an unset variable is fine
print(env_set("FUN_OS_NEVER", nil))     // expect: 1
// invalid names fail with 0
print(env_set("", "x"))                 // expect: 0
print(env_set("A=B", "x"))              // expect: 0
print(env_set("A=B", nil))              // expect: 0
// children see the change
env_set("FUN_OS_T3", "child sees me")
r = proc_run(["sh", "-c", "printf %s \"$FUN_OS_T3\""])
print(r.out)                            // expect: child sees me
