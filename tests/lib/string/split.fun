// split(s, sep): empty fields kept, "" separator splits into bytes
parts = split("a,b,,c", ",")
print(len(parts))                   // expect: 4
print(parts)                        // expect: [a, b, , c]
print(split("a--b--c", "--"))       // expect: [a, b, c]
print(split("abc", ""))             // expect: [a, b, c]
print(len(split("", "")))           // expect: 0
e = split("", ",")
print(len(e))                       // expect: 1
print(e[0] == "")                   // expect: true
print(split("abc", ","))            // expect: [abc]
print(len(split(",", ",")))         // expect: 2
print(split(",a,", ","))            // expect: [, a, ]
print(split("aaa", "aa"))           // expect: [, a]
print(split("one two", " ")[1])     // expect: two
print(typeof(split("x", "y")))      // expect: Array
