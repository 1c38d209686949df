// needs: pcre2
// an invalid pattern is a catchable error (the reference gave 0/nil/[]
// silently, like no match); so is a non-UTF-8 subject in UTF mode
try
  pcre2_test("(", "abc", 0)
catch e
  print(e)  // expect: Runtime error: pcre2_test: invalid pattern at offset 1: missing closing parenthesis
try
  pcre2_match("a{2,1}", "a", 0)
catch e
  print(e)  // expect: Runtime error: pcre2_match: invalid pattern at offset 5: numbers out of order in {} quantifier
try
  pcre2_findall("[z-a]", "a", 0)
catch e
  print(e)  // expect: Runtime error: pcre2_findall: invalid pattern at offset 3: range out of order in character class
try
  pcre2_test("a", "\xff", 8)
catch e
  print(e)  // expect: Runtime error: pcre2_test: UTF-8 error: illegal byte (0xfe or 0xff)
try
  pcre2_findall("\xff", "a", 8)
catch e
  print(e)  // expect: Runtime error: pcre2_findall: invalid pattern at offset 0: UTF-8 error: illegal byte (0xfe or 0xff)
print(pcre2_test("a", "\xff", 0))   // expect: 0
pcre2_match("(", "x", 0)  // expect runtime error: pcre2_match: invalid pattern at offset 1: missing closing parenthesis
