// ini_load and the getters on tests/lib/ini/fixtures/sample.ini
h = ini_load("tests/lib/ini/fixtures/sample.ini")
print(h > 0)                                               // expect: true
// sections and keys match case-insensitively; values keep their case
print(ini_get_string(h, "server", "host", "d"), ini_get_string(h, "SERVER", "HOST", "d"))  // expect: localhost localhost
print(ini_get_string(h, "server", "q", ""), ini_get_string(h, "server", "sq", ""))         // expect: quoted str single # kept
print("[" + ini_get_string(h, "server", "empty", "d") + "]")  // expect: []
print(ini_get_string(h, "", "top", "no"))                  // expect: before any section
print(ini_get_string(h, "server.tls", "enabled", "no"), ini_get_string(h, "a", "b:x", "no"))  // expect: true dotted
// a missing key or a bad handle gives the default (the reference returned freed memory)
print(ini_get_string(h, "server", "missing", "dflt"), ini_get_string(999, "server", "host", "bad"))  // expect: dflt bad
print("[" + ini_get_string(h, "server", "missing", 5) + "]")  // expect: []
// get_int: a base-10 prefix, else def (an Int, otherwise 0)
print(ini_get_int(h, "server", "port", 0), ini_get_int(h, "server", "count", 0), ini_get_int(h, "server", "neg", 0))  // expect: 8080 42 -7
print(ini_get_int(h, "server", "hex", 5), ini_get_int(h, "server", "ratio", 0))  // expect: 0 3
print(ini_get_int(h, "server", "host", 9), ini_get_int(h, "server", "nope", 9), ini_get_int(h, "server", "nope", "9"))  // expect: 9 9 0
// get_double: a strtod prefix, always a Float
print(ini_get_double(h, "server", "ratio", 0), ini_get_double(h, "server", "hex", 0))  // expect: 35 16
print(typeof(ini_get_double(h, "server", "nope", 2)), ini_get_double(h, "server", "nope", 2.5), ini_get_double(h, "server", "nope", "x"))  // expect: Float 2.5 0
// get_bool: true/yes/on, false/no/off (any case), an integer, else def as 1/0
print(ini_get_bool(h, "server", "debug", 0), ini_get_bool(h, "server", "flag_off", 1), ini_get_bool(h, "server", "num_bool", 1))  // expect: 1 0 0
print(ini_get_bool(h, "server", "port", 0), ini_get_bool(h, "server", "host", 7), ini_get_bool(h, "server", "nope", true), ini_get_bool(h, "server", "nope", "x"))  // expect: 1 1 1 0
// non-String section or key: the default
print(ini_get_int(h, 1, "port", -1))                        // expect: -1
print(ini_free(h), ini_free(h), ini_free("1"))              // expect: 1 0 0
// files that cannot be read, paths that are not Strings
print(ini_load("/nonexistent/x.ini"), ini_load(42))         // expect: 0 0
// a freed slot is reused
a = ini_load("tests/lib/ini/fixtures/sample.ini")
b = ini_load("tests/lib/ini/fixtures/sample.ini")
ini_free(a)
c = ini_load("tests/lib/ini/fixtures/sample.ini")
print(c == a, b != a)                                       // expect: true true
ini_free(b)
ini_free(c)
