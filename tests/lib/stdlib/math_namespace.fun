// Math.fun included as a namespace.
// env: FUN_LIB_DIR={root}/lib
#include <math.fun> as m
print(m.abs(-7), m.clamp(5, 1, 3), m.gcd(8, 12), m.lcm(3, 5), m.powi(5, 3), m.min3(3, 2, 1), m.array_max([1, 9, 3]))
// expect: 7 3 4 15 125 1 9
