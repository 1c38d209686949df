// regex_search(text, pattern): first match as a map
m = regex_search("say hello world", "l+o")
print(m)                                  // expect: {"match": llo, "start": 6, "end": 9, "groups": []}
print(m["match"], m.start, m.end)         // expect: llo 6 9
g = regex_search("key=value; x=1", "([a-z]+)=([a-z0-9]+)")
print(g.groups)                           // expect: [key, value]
print(g.match)                            // expect: key=value
print(g.start, g.end)                     // expect: 0 9
n = regex_search("abc", "z")
print(n)                                  // expect: {"match": , "start": -1, "end": -1, "groups": []}
// a group that did not take part ends the list (reference behaviour)
print(regex_search("ab", "(x)?b").groups) // expect: []
print(regex_search("ab", "(a)(x)?(b)").groups) // expect: [a]
// empty match
e = regex_search("abc", "x*")
print(e.start, e.end, len(e.match))       // expect: 0 0 0
// invalid pattern: same as no match
print(regex_search("abc", "(").start)     // expect: -1
// many groups (no 15-group cap)
p = "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)(n)(o)(p)(q)"
print(len(regex_search("abcdefghijklmnopq", p).groups)) // expect: 17
