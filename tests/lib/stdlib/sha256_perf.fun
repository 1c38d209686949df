// env: FUN_LIB_DIR={root}/lib
// 8 KB must hash well within a second
#include <crypt/sha256.fun>
h = SHA256()
t = clock_mono_ms()
print(h.sha256_str(repeat("The quick brown fox jumps over the lazy dog\n", 190)))
print(clock_mono_ms() - t < 1000)
// expect: 187d08c1cede933e7d682cda21dde470a7e3c185af96d493df9306fdaae98f3c
// expect: true
