// Strings.fun: case mapping (ASCII only), str_repeat, padding.
// env: FUN_LIB_DIR={root}/lib
#include <strings.fun>
print(str_to_lower("Hello, WORLD 123"), str_to_upper("Hello, world 123"))
print(str_to_upper("\xe9t\xe9") == "\xe9T\xe9")
print("[" + str_repeat("ab", 3) + "]", "[" + str_repeat("ab", 0) + "]", "[" + str_repeat("ab", -2) + "]")
print("[" + str_pad_left("7", 3, "0") + "]", "[" + str_pad_right("ab", 4, nil) + "]", "[" + str_pad_left("long", 2, "*") + "]")
// expect: hello, world 123 HELLO, WORLD 123
// expect: true
// expect: [ababab] [] []
// expect: [007] [ab  ] [long]
