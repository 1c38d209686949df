// replace(s, old, new): literal, every non-overlapping occurrence
print(replace("a.b.c", ".", "::"))  // expect: a::b::c
print(replace("aaaa", "aa", "b"))   // expect: bb
print(replace("aaa", "aa", "b"))    // expect: ba
print(replace("hello", "x", "y"))   // expect: hello
print(replace("hello", "l", ""))    // expect: heo
print(replace("abc", "", "-"))      // expect: -a-b-c-
print(replace("", "", "-"))         // expect: -
print(replace("a*b", "*", "[*]"))   // expect: a[*]b
print(replace("abc", "abc", ""))    // expect:
// repeat(s, n)
print(repeat("ab", 3))              // expect: ababab
print(repeat("x", 1))               // expect: x
print(repeat("x", 0) == "")         // expect: true
print(repeat("x", -4) == "")        // expect: true
print(repeat("", 1000) == "")       // expect: true
print(len(repeat("abc", 1000)))     // expect: 3000
print(repeat("-", 5))               // expect: -----
try
  repeat("ab", 1099511627776)
catch e
  print(e)                        // expect: Runtime error: repeat: result too large (over 1073741824 bytes)
