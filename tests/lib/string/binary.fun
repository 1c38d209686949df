// Strings are byte strings: NUL bytes are ordinary data (D15)
s = "a\x00b"
print(len(s))                       // expect: 3
print(ord(s, 1))                    // expect: 0
parts = split("x\x00yy\x00", "\x00")
print(len(parts))                   // expect: 3
print(parts[0], parts[1], len(parts[2])) // expect: x yy 0
print(find("ab\x00cd", "c"))        // expect: 3
print(find("ab\x00cd", "\x00"))     // expect: 2
print(find("ab\x00cd", "b\x00c"))   // expect: 1
print(len(substr("a\x00\x00b", 1, 2))) // expect: 2
print(substr("a\x00\x00b", 3, 1))   // expect: b
j = join(["a", "b"], "\x00")
print(len(j), ord(j, 1))            // expect: 3 0
print(starts_with("\x00ab", "\x00a"))   // expect: true
print(ends_with("ab\x00", "b\x00"))     // expect: true
print(starts_with("\x00ab", "\x00b"))   // expect: false
print(len(upper("a\x00b")), upper("a\x00b") == "A\x00B") // expect: 3 true
print(len(trim(" \x00 ")))          // expect: 1
r = replace("a\x00b\x00c", "\x00", "-")
print(r)                            // expect: a-b-c
print(len(repeat("\x00", 4)))       // expect: 4
// regexes see the bytes after a NUL too (REG_STARTEND)
print(regex_replace("a\x00b", "b", "c") == "a\x00c") // expect: true
print(regex_search("a\x00bc", "bc").start) // expect: 2
print(regex_match("a\x00b", "a[^z]b")) // expect: true
// glibc: "." never matches a NUL byte (RE_DOT_NOT_NULL in POSIX syntax)
print(regex_match("a\x00b", "a.b"))  // expect: false
print(regex_search("xa\x00b", "b$").start) // expect: 3
// a pattern containing NUL is invalid
print(regex_match("a", "a\x00"))    // expect: false
