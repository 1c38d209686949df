// Strings.fun: str_starts_with, str_ends_with, str_contains.
// env: FUN_LIB_DIR={root}/lib
#include <strings.fun>
print(str_starts_with("hello", "he"), str_starts_with("hello", "lo"), str_starts_with("he", "hello"))
print(str_ends_with("hello", "lo"), str_ends_with("hello", "he"), str_ends_with("lo", "hello"))
print(str_starts_with("abc", ""), str_ends_with("abc", ""), str_starts_with("", ""))
print(str_contains("haystack", "st"), str_contains("haystack", "x"))
// expect: true false false
// expect: true false false
// expect: true true true
// expect: true false
