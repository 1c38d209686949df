// proc_run with an argv array and with a command string, never through a shell (D29)
r = proc_run(["echo", "hello", "world"])
print(typeof(r))                // expect: Map
print(r.code)                   // expect: 0
print(r.out == "hello world\n") // expect: true
print(len(r))                   // expect: 2
// array elements are passed verbatim
r = proc_run(["printf", "[%s]", "a b", "$HOME", "*", ""])
print(r.out)                    // expect: [a b][$HOME][*][]
// shell metacharacters in a string are plain characters (rtrim drops echo's newline)
print(rtrim(proc_run("echo a;b").out))         // expect: a;b
print(rtrim(proc_run("echo a | cat").out))     // expect: a | cat
print(rtrim(proc_run("echo $HOME `id` $(id)").out))   // expect: $HOME `id` $(id)
print(rtrim(proc_run("echo a > /dev/null").out))      // expect: a > /dev/null
print(rtrim(proc_run("echo a && echo b").out))        // expect: a && echo b
print(rtrim(proc_run("echo /*").out))                 // expect: /*
print(rtrim(proc_run("echo ~").out))                  // expect: ~
// quotes group words; blanks separate them
r = proc_run("printf [%s] 'a b'  \"c d\" e\\ f")
print(r.out)                    // expect: [a b][c d][e f]
print(proc_run("printf [%s] '' \"\"").out)     // expect: [][]
print(proc_run("printf [%s] 'it\"s' \"it's\"").out)    // expect: [it"s][it's]
print(proc_run("printf [%s] \"q\\\"q\" 'x\\y'").out)   // expect: [q"q][x\y]
print(proc_run("printf [%s] ab'cd'\"ef\"").out)        // expect: [abcdef]
print(proc_run("  \t printf   [%s]   x  ").out)        // expect: [x]
// exit codes
print(proc_run("true").code, proc_run("false").code)  // expect: 0 1
print(proc_run(["sh", "-c", "exit 42"]).code)         // expect: 42
// killed by a signal: -1
print(proc_run(["sh", "-c", "kill -9 $$"]).code)      // expect: -1
// output of any size and binary bytes
r = proc_run(["printf", "a\\000b\\377"])
print(len(r.out), r.out == "a\x00b\xff")              // expect: 4 true
r = proc_run(["head", "-c", "3000000", "/dev/zero"])
print(len(r.out), r.code)                             // expect: 3000000 0
// a program that does not exist: code -1, message on stderr
r = proc_run("fun_no_such_program_xyz arg")
print(r.code, len(r.out))                             // expect: -1 0
// expect stderr: proc_run: cannot run 'fun_no_such_program_xyz': No such file or directory
r = proc_run(["/nonexistent/prog"])
print(r.code)                                         // expect: -1
// expect stderr: proc_run: cannot run '/nonexistent/prog': No such file or directory
r = proc_run(["/tmp"])
print(r.code)                                         // expect: -1
// expect stderr: proc_run: cannot run '/tmp': Permission denied
// an explicit path works
print(proc_run(["/bin/echo", "x"]).out)               // expect: x
// expect:
