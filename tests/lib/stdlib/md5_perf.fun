// env: FUN_LIB_DIR={root}/lib
// 16 KB in well under the test timeout
#include <crypt/md5.fun>
m = MD5()
t = clock_mono_ms()
print(m.md5_str(repeat("0123456789abcdef", 1024)))
print(clock_mono_ms() - t < 2000)
// expect: 7c2b4b2d1896106240956ece41d575ae
// expect: true
