// regex_replace(text, pattern, repl): every match, literal replacement
print(regex_replace("a1b22c333", "[0-9]+", "#"))  // expect: a#b#c#
print(regex_replace("hello", "l", "L"))           // expect: heLLo
print(regex_replace("hello", "z", "L"))           // expect: hello
print(regex_replace("abc", "x*", "-"))            // expect: -a-b-c-
print(regex_replace("", "x*", "-"))               // expect: -
print(regex_replace("aaa", "^a", "b"))            // expect: baa
print(regex_replace("abab", "b$", "X"))           // expect: abaX
print(regex_replace("a.b.c", "\\.", "\\1"))       // expect: a\1b\1c
print(regex_replace("  x  y ", " +", " "))        // expect:  x y 
// invalid pattern: text unchanged
print(regex_replace("a(b", "(", "x"))             // expect: a(b
print(regex_replace("abc", "b", ""))              // expect: ac
