// Str_split on one delimiter character and str_replace_all.
// env: FUN_LIB_DIR={root}/lib
#include <strings.fun>
print(str_split("a,b,,c", ","))
print(len(str_split("a,b,,c", ",")))
// only the first character of the delimiter counts
print(str_split("a;b-c;d", ";-"))
print(str_split("abc", ""))
print(str_replace_all("aXbXc", "X", "--"))
print(str_replace_all("aaaa", "aa", "b"))
print(str_replace_all("abc", "", "x"))
print(str_replace_all("abc", "z", "x"))
// expect: [a, b, , c]
// expect: 4
// expect: [a, b-c, d]
// expect: [abc]
// expect: a--b--c
// expect: bb
// expect: abc
// expect: abc
