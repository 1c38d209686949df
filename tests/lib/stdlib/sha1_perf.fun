// env: FUN_LIB_DIR={root}/lib
// 8 KB must hash well within a second
#include <crypt/sha1.fun>
h = SHA1()
t = clock_mono_ms()
print(h.sha1_str(repeat("The quick brown fox jumps over the lazy dog\n", 190)))
print(clock_mono_ms() - t < 1000)
// expect: 2f715a079eb9bee61d5c86cd4345148d3927a0bb
// expect: true
