// getcwd and chdir; relative paths follow the working directory
start = getcwd()
print(typeof(start), start == realpath("."))   // expect: String true
dir = "/tmp/fun_os_cwd_" + to_string(time_now_ms()) + "_" + to_string(pid())
mkdir(dir)
print(chdir(dir))                       // expect: 1
print(getcwd() == realpath(dir))        // expect: true
write_file("rel.txt", "relative")
print(read_file(dir + "/rel.txt"))      // expect: relative
print(os_list_dir("."))                 // expect: [rel.txt]
// children start in the current directory
print(proc_run("pwd").out == getcwd() + "\n")   // expect: true
print(chdir("missing"))                 // expect: 0
print(chdir(""))                        // expect: 0
print(chdir("rel.txt"))                 // expect: 0
print(getcwd() == realpath(dir))        // expect: true
print(remove_file("rel.txt"))           // expect: 1
print(chdir(start))                     // expect: 1
print(getcwd() == start)                // expect: true
print(remove_file(dir))                 // expect: 1
