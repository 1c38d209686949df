// lib/io/ini.fun: the INI class
#include <io/ini.fun>
ini = INI()
print(ini.is_open(), ini.get_string("s", "k", "dflt"), ini.get_int("s", "k", "7"), ini.get_bool("s", "k", nil), ini.get_bool("s", "k", 2))  // expect: false dflt 7 0 true
print(ini.set("a", "b", "c"), ini.unset("a", "b"))            // expect: 0 0
print(ini.load("tests/lib/ini/fixtures/sample.ini") > 0, ini.is_open())  // expect: true true
print(ini.get_string("Server", "Host", ""), ini.get_int("server", "port", 0), ini.get_double("server", "ratio", 0), ini.get_bool("server", "debug", nil))  // expect: localhost 8080 35 1
print(ini.get_string("server", "nope", nil), ini.get_int("server", "nope", "4"))  // expect: nil 4
print(ini.set("x", "y", 3), ini.get_int("x", "y", 0))          // expect: 1 3
path = "/tmp/fun_ini_class_" + to_string(pid()) + ".ini"
print(ini.save(path), ini.save(""))                           // expect: 1 0
other = INI()
other.load(path)
print(other.get_int("x", "y", 0))                             // expect: 3
print(ini.close(), ini.close(), ini.is_open())                // expect: 1 1 false
print(other.load("/nonexistent.ini"), other.is_open())         // expect: 0 false
remove_file(path)
