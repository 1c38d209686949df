// String_to_bytes_ascii gives the byte values of a String.
// env: FUN_LIB_DIR={root}/lib
#include <strings.fun>
print(string_to_bytes_ascii("Az ~"))
print(string_to_bytes_ascii("a\tb\n\x7f\xff"))
print(string_to_bytes_ascii(""))
// expect: [65, 122, 32, 126]
// expect: [97, 0, 98, 0, 0, 0]
// expect: []
