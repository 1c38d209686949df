// file_exists, is_dir, file_size, mkdir, remove_file, rename_file, realpath
dir = "/tmp/fun_os_meta_" + to_string(time_now_ms()) + "_" + to_string(pid())
print(file_exists(dir), is_dir(dir))    // expect: false false
print(mkdir(dir))                       // expect: 1
print(file_exists(dir), is_dir(dir))    // expect: true true
print(mkdir(dir))                       // expect: 0
print(mkdir(dir + "/a/b"))              // expect: 0
print(mkdir(""))                        // expect: 0
f = dir + "/f.txt"
write_file(f, "hello")
print(file_exists(f), is_dir(f))        // expect: true false
print(typeof(file_exists(f)))           // expect: Boolean
print(file_size(f))                     // expect: 5
print(file_size(dir))                   // expect: -1
print(file_size(dir + "/missing"))      // expect: -1
print(file_size(""))                    // expect: -1
print(file_exists(""), is_dir(""))      // expect: false false
// rename
g = dir + "/g.txt"
print(rename_file(f, g))                // expect: 1
print(file_exists(f), file_exists(g))   // expect: false true
print(read_file(g))                     // expect: hello
print(rename_file(f, g))                // expect: 0
print(rename_file(g, dir + "/no/such")) // expect: 0
// realpath
sub = dir + "/sub"
mkdir(sub)
rp = realpath(sub + "/../g.txt")
print(rp == realpath(dir) + "/g.txt")   // expect: true
print(realpath(dir + "/missing") == nil) // expect: true
print(realpath("") == nil)              // expect: true
print(realpath("/"))                    // expect: /
// remove_file: non-empty directory fails, empty one works
print(remove_file(dir))                 // expect: 0
print(remove_file(sub))                 // expect: 1
print(remove_file(sub))                 // expect: 0
print(remove_file(g))                   // expect: 1
print(remove_file(dir + "/missing"))    // expect: 0
print(remove_file(""))                  // expect: 0
print(remove_file(dir))                 // expect: 1
print(is_dir(dir))                      // expect: false
