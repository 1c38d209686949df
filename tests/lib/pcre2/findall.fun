// needs: pcre2
// pcre2_findall: non-overlapping matches from offset 0
ms = pcre2_findall("(\\w)(\\d)", "a1 b2 c3", 0)
print(len(ms), ms[2])                               // expect: 3 {"full": c3, "start": 6, "end": 8, "groups": [c, 3]}
print(pcre2_findall("q", "abc", 0))                 // expect: []
// after an empty match it moves on one byte
for m in pcre2_findall("x*", "axxb", 0)
  print(m["start"], m["end"], "[" + m["full"] + "]")
// expect: 0 0 []
// expect: 1 3 [xx]
// expect: 3 3 []
// expect: 4 4 []
// in UTF mode it moves on one character (the reference stopped inside é)
print(len(pcre2_findall("", "é", 8)), len(pcre2_findall("", "é", 0)))  // expect: 2 3
print(len(pcre2_findall("", "aéb", 8)))            // expect: 4
// many matches of a cached pattern
s = repeat("ab", 1000)
print(len(pcre2_findall("b", s, 0)))                // expect: 1000
