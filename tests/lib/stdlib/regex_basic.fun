// Regex match, search, replace, test and find_all.
// env: FUN_LIB_DIR={root}/lib
#include <regex.fun>
r = Regex()
print(r.match("abc", "a.c"), r.match("xabc", "a.c"), r.match("2024-01-05", "[0-9]{4}-[0-9]{2}-[0-9]{2}"))
print(r.search("xxabcx", "a(b)c"))
print(r.search("xyz", "q"))
print(r.replace("a1b22c333", "[0-9]+", "#"), r.replace("none", "[0-9]", "#"))
print(r.test("hello world", "o w"), r.test("hello", "^e"))
print(r.find_all("a1b22c333", "[0-9]+"), r.find_all("abc", "[0-9]"), r.find_all("aXbX", "X"))
print(r.find_all("aaa", "x*"))
// expect: true false true
// expect: {"match": abc, "start": 2, "end": 5, "groups": [b]}
// expect: {"match": , "start": -1, "end": -1, "groups": []}
// expect: a#b#c# none
// expect: true false
// expect: [1, 22, 333] [] [X, X]
// expect: [, , , ]
