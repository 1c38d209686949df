// proc_run options "env" (added to the inherited environment) and "cwd"
// env: FUN_OS_INHERITED=inherited
r = proc_run(["sh", "-c", "echo \"$FUN_A|$FUN_B|$FUN_OS_INHERITED\""], {"env": {"FUN_A": "x y", "FUN_B": "$HOME;"}})
print(rtrim(r.out))        // expect: x y|$HOME;|inherited
// overriding an inherited variable
r = proc_run(["sh", "-c", "echo $FUN_OS_INHERITED"], {"env": {"FUN_OS_INHERITED": "new"}})
print(rtrim(r.out))        // expect: new
// nil removes a variable; numbers are converted
r = proc_run(["sh", "-c", "echo ${FUN_OS_INHERITED-unset} $N $F"], {"env": {"FUN_OS_INHERITED": nil, "N": 42, "F": 2.5}})
print(rtrim(r.out))        // expect: unset 42 2.5
// our own environment is unchanged
print(env("FUN_OS_INHERITED"), env("FUN_A") == "")   // expect: inherited true
// PATH from "env" is used to find the program
dir = "/tmp/fun_os_path_" + to_string(time_now_ms()) + "_" + to_string(pid())
mkdir(dir)
write_file(dir + "/funhello", "#!/bin/sh\necho hi from $0\n")
system(["chmod", "+x", dir + "/funhello"])
r = proc_run("funhello", {"env": {"PATH": dir + ":/usr/bin:/bin"}})
print(r.out == "hi from " + dir + "/funhello\n", r.code)   // expect: true 0
// cwd
r = proc_run("pwd", {"cwd": dir})
print(r.out == realpath(dir) + "\n")     // expect: true
r = proc_run("./funhello", {"cwd": dir})
print(rtrim(r.out), r.code)        // expect: hi from ./funhello 0
r = proc_run("pwd", {"cwd": dir + "/missing", "stderr": true})
print(r.code, r.out == "")  // expect: -1 true
print(r.err == "proc_run: cannot change directory to '" + dir + "/missing': No such file or directory\n")  // expect: true
print(getcwd() == realpath("."))   // expect: true
remove_file(dir + "/funhello")
print(remove_file(dir))     // expect: 1
