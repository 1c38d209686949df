// Utils/math.fun: add and times.
// env: FUN_LIB_DIR={root}/lib
#include <utils/math.fun>
print(add(2, 3), times(4, 5), add("a", "b"), add(1.5, 1))
// expect: 5 20 ab 2.5
