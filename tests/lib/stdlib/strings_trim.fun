// Str_trim, str_ltrim, str_rtrim strip ASCII white space.
// env: FUN_LIB_DIR={root}/lib
#include <strings.fun>
print("[" + str_trim("  a b  ") + "]")
print("[" + str_ltrim(" \t\r\n x ") + "]")
print("[" + str_rtrim(" x \t\r\n") + "]")
print("[" + str_trim("") + "]", "[" + str_trim(" \t ") + "]")
print("[" + str_trim("nochange") + "]")
// expect: [a b]
// expect: [x ]
// expect: [ x]
// expect: [] []
// expect: [nochange]
