// find(hay, needle [, start])
print(find("hello", "l"))           // expect: 2
print(find("hello", "lo"))          // expect: 3
print(find("hello", "z"))           // expect: -1
print(find("hello", ""))            // expect: 0
print(find("", ""))                 // expect: 0
print(find("", "a"))                // expect: -1
print(find("ab", "abc"))            // expect: -1
print(find("hello", "hello"))       // expect: 0
print(find("aaa", "aa"))            // expect: 0
// with a start offset
print(find("hello", "l", 3))        // expect: 3
print(find("hello", "l", 4))        // expect: -1
print(find("abcabc", "abc", 1))     // expect: 3
print(find("hello", "h", -5))       // expect: 0
print(find("hello", "", 2))         // expect: 2
print(find("hello", "", 5))         // expect: 5
print(find("hello", "", 6))         // expect: -1
print(find("hello", "o", 100))      // expect: -1
