// ini_set / ini_unset / ini_save: what is set reads back and is saved
h = ini_load("tests/lib/ini/fixtures/sample.ini")
print(ini_set(h, "Server", "Host", "New"))              // expect: 1
print(ini_get_string(h, "server", "host", ""))         // expect: New
print(ini_set(h, "Fresh", "Count", 12), ini_get_int(h, "fresh", "count", 0))  // expect: 1 12
print(ini_set(h, "fresh", "list", [1, 2]), ini_get_string(h, "fresh", "list", ""))  // expect: 1 [1, 2]
print(ini_set(999, "a", "b", "c"), ini_set(h, 1, "b", "c"), ini_set(h, "a", nil, "c"))  // expect: 0 0 0
print(ini_unset(h, "server", "port"), ini_unset(h, "server", "never"), ini_unset(999, "a", "b"))  // expect: 1 1 0
print(ini_get_int(h, "server", "port", -1))              // expect: -1
path = "/tmp/fun_ini_" + to_string(pid()) + ".ini"
print(ini_save(h, path))                                // expect: 1
ini_free(h)
// the saved file reads back the same, new section included
h2 = ini_load(path)
print(ini_get_string(h2, "server", "host", ""), ini_get_int(h2, "fresh", "count", 0), ini_get_string(h2, "", "top", ""))  // expect: New 12 before any section
print(ini_get_string(h2, "server", "q", ""), ini_get_string(h2, "server", "sq", ""))  // expect: quoted str single # kept
text = read_file(path)
print(substr(text, 0, 53))   // expect: top                            = "before any section"
print(contains(text, "[fresh]\ncount                          = \"12\"\n"))  // expect: true
print(ini_save(h2, "/nonexistent/x.ini"), ini_save(h2, 5), ini_save(999, path))  // expect: 0 0 0
ini_free(h2)
remove_file(path)
