// env: FUN_LIB_DIR={root}/lib
// 8 KB must hash well within a second
#include <crypt/sha512.fun>
h = SHA512()
t = clock_mono_ms()
print(h.sha512_str(repeat("The quick brown fox jumps over the lazy dog\n", 190)))
print(clock_mono_ms() - t < 1000)
// expect: 6cef4e1e2d28a29326c204ac256d4051493f057563b53bfdefc428d42b9b1da9dfeab11cc39fb281d8be1badd5ec48560d12334f746055edb4736034e63274c5
// expect: true
