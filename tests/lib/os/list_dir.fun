// os_list_dir: byte-wise sorted names, hidden files included, no "." / ".."
dir = "/tmp/fun_os_ls_" + to_string(time_now_ms()) + "_" + to_string(pid())
mkdir(dir)
print(os_list_dir(dir))                 // expect: []
names = ["b", "a", ".hidden", "B", "a b", "$(touch pwned)", "x;y", "*", "10", "9"]
for n in names
  write_file(dir + "/" + n, n)
mkdir(dir + "/zdir")
got = os_list_dir(dir)
print(len(got))                         // expect: 11
for n in got
  print(n)
// expect: $(touch pwned)
// expect: *
// expect: .hidden
// expect: 10
// expect: 9
// expect: B
// expect: a
// expect: a b
// expect: b
// expect: x;y
// expect: zdir
// nothing ran through a shell
print(file_exists("pwned"), file_exists(dir + "/pwned"))   // expect: false false
// missing directory or a file: []
print(os_list_dir(dir + "/missing"))    // expect: []
print(os_list_dir(dir + "/a"))          // expect: []
print(os_list_dir(""))                  // expect: []
// trailing slash works
print(len(os_list_dir(dir + "/")))      // expect: 11
for n in got
  remove_file(dir + "/" + n)
print(remove_file(dir))                 // expect: 1
