// http_resolve: a small file's stat, bytes and ETag in one call
// (src/lib/http.c), what the static-file path of the server reads.
dir = "/tmp/fun_resolve_" + to_string(time_now_ms()) + "_" + to_string(pid())
mkdir(dir)
write_file(dir + "/a.txt", "hello")
r = http_resolve(dir, "/a.txt", 100)
print(r[0] == dir + "/a.txt", r[1], r[2], r[5])   // expect: true f 5 hello
print(r[6] == "\"" + to_string(r[3]) + "." + to_string(r[4] / 1000) + "-5\"")   // expect: true
print(http_resolve(dir, "/a.txt", 4)[5])          // expect: nil
print(http_resolve(dir, "/none", 100))            // expect: nil
print(http_resolve(dir, "", 100)[1])              // expect: d
// a file that is not the size its stat gave (here one whose stat says 0
// bytes) is read as it is
p = http_resolve("/proc/self", "/status", 100000)
print(p[2], starts_with(p[5], "Name:"), len(p[5]) > 100)   // expect: 0 true true
remove_file(dir + "/a.txt")
remove_file(dir)
