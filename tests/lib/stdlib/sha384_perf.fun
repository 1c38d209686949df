// env: FUN_LIB_DIR={root}/lib
// 8 KB must hash well within a second
#include <crypt/sha384.fun>
h = SHA384()
t = clock_mono_ms()
print(h.sha384_str(repeat("The quick brown fox jumps over the lazy dog\n", 190)))
print(clock_mono_ms() - t < 1000)
// expect: c8072de88faee20addf7ed1a5a383ea01bad45bf1f4b3c7dbc7270ffcd1d0f59b669d50be94d6776e7f406e406ea6267
// expect: true
