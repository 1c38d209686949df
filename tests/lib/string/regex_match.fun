// regex_match(text, pattern): Boolean, whole-text match, POSIX extended
print(regex_match("hello", "h.*o"))       // expect: true
print(regex_match("hello", "ell"))        // expect: false
print(regex_match("hello", "h(e|a)llo"))  // expect: true
print(regex_match("2024-01-15", "[0-9]{4}-[0-9]{2}-[0-9]{2}")) // expect: true
print(regex_match("2024-1-15", "[0-9]{4}-[0-9]{2}-[0-9]{2}"))  // expect: false
print(regex_match("", ""))                // expect: true
print(regex_match("", "a*"))              // expect: true
print(regex_match("abc", "a|abc"))        // expect: true
print(regex_match("ABC", "[a-z]+"))       // expect: false
print(typeof(regex_match("a", "a")))      // expect: Boolean
// invalid pattern: false, no error
print(regex_match("a(b", "a(b"))          // expect: false
print(regex_match("abc", "[z-a]"))        // expect: false
