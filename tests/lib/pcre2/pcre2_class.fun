// needs: pcre2
// lib/regex/pcre2.fun: the PCRE2 class
#include <regex/pcre2.fun>
re = PCRE2()
print(re.i(), re.m(), re.s(), re.u(), re.x())      // expect: 1 2 4 8 16
print(re.test("HELLO", "say hello", re.i()))       // expect: 1
print(re.match("(\\d+)-(\\d+)", "tel 12-345"))      // expect: {"full": 12-345, "start": 4, "end": 10, "groups": [12, 345]}
print(len(re.find_all("\\d", "a1b2c3")))           // expect: 3
// nil flags mean UTF: . is one whole character
print(re.match(".", "é")["end"], re.match(".", "é", 0)["end"])  // expect: 2 1
print(re.test(5, 45))                              // expect: 1
print(re.find_all("^\\w", "ab\ncd", re.m() + re.u()))  // expect: [{"full": a, "start": 0, "end": 1, "groups": []}, {"full": c, "start": 3, "end": 4, "groups": []}]
