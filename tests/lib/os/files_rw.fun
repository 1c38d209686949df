// read_file / write_file / append_file round trip, binary-safe (D15)
dir = "/tmp/fun_os_rw_" + to_string(time_now_ms()) + "_" + to_string(pid())
print(mkdir(dir))                       // expect: 1
f = dir + "/data.bin"
data = "a\x00b\xff\x01\n\x00"
print(len(data))                        // expect: 7
print(write_file(f, data))              // expect: 1
back = read_file(f)
print(len(back), back == data)          // expect: 7 true
print(file_size(f))                     // expect: 7
print(append_file(f, "\x00tail"))       // expect: 1
back = read_file(f)
print(len(back), back == data + "\x00tail")   // expect: 12 true
print(file_size(f))                     // expect: 12
// write_file truncates
print(write_file(f, "xy"))              // expect: 1
print(read_file(f))                     // expect: xy
// empty file: "" (not nil)
print(write_file(f, ""))                // expect: 1
e = read_file(f)
print(typeof(e), len(e), file_size(f))  // expect: String 0 0
// append_file creates the file
g = dir + "/new.txt"
print(append_file(g, "one\n"))          // expect: 1
print(append_file(g, "two\n"))          // expect: 1
print(read_file(g) == "one\ntwo\n")     // expect: true
// all 256 byte values
all = ""
for i in range(256)
  all = all + chr(i)
print(write_file(f, all), len(read_file(f)), read_file(f) == all)   // expect: 1 256 true
// a larger file (1 MiB)
big = repeat("0123456789abcdef", 65536)
print(write_file(f, big))               // expect: 1
print(len(read_file(f)), read_file(f) == big)   // expect: 1048576 true
// unreadable things give nil; unwritable ones 0
print(read_file(dir + "/missing") == nil)   // expect: true
print(read_file(dir) == nil)                // expect: true
print(read_file("") == nil)                 // expect: true
print(write_file(dir + "/no/such/dir/x", "a"))  // expect: 0
print(write_file(dir, "a"))                 // expect: 0
print(append_file(dir + "/no/x", "a"))      // expect: 0
print(write_file("", "a"))                  // expect: 0
// cleanup
print(remove_file(f), remove_file(g), remove_file(dir))   // expect: 1 1 1
print(file_exists(dir))                     // expect: false
