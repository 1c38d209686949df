// env: FUN_LIB_DIR={root}/lib
// env: ASAN_OPTIONS=detect_leaks=1:exitcode=23
// A lexer error right after an include that was found used to leak the
// resolved path (the error longjmps out of the include statement). The leak
// report's exit status (23 in a sanitizer build, ignored by others) differs
// from a compile error's 1, so the sanitizer suite (make asan) fails on it.
#include <crypt/md5.fun>@ // expect error: unexpected character '@'
