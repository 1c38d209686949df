// Math.fun: powi, min3, max3, array_min, array_max next to the math builtins.
// env: FUN_LIB_DIR={root}/lib
#include <math.fun>
print(abs(-3), abs(2.5), clamp(15, 0, 10), clamp(-1, 0, 10), gcd(12, 18), lcm(4, 6))
print(powi(2, 10), powi(3, 0), powi(2, -1), powi(2.0, -2), powi(1.5, 2), powi(2, 64))
print(min3(3, 1, 2), max3(3, 1, 2), min3(1.5, 2, -1), max3("a", "c", "b"))
print(array_min([4, 2, 8]), array_max([4, 2, 8]), array_min([]), array_max([1.5, 1]))
// expect: 3 2.5 10 0 6 12
// expect: 1024 1 0 0.25 2.25 0
// expect: 1 3 -1 c
// expect: 2 8 nil 1.5
