// system(cmd): inherited stdio, returns the exit status; no shell
print("before")                 // expect: before
code = system("echo from child")   // expect: from child
print(code)                     // expect: 0
print(system("echo a;b|c"))     // expect: a;b|c
// expect: 0
print(system(["printf", "%s\n", "x y"]))   // expect: x y
// expect: 0
print(system(["sh", "-c", "exit 5"]))      // expect: 5
print(system("false"))          // expect: 1
print(system(["sh", "-c", "kill -9 $$"]))  // expect: -1
print(system("fun_no_such_prog_z"))       // expect: -1
// expect stderr: system: cannot run 'fun_no_such_prog_z': No such file or directory
print("after")                  // expect: after
