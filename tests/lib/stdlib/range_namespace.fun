// Utils/range.fun included as a namespace.
// env: FUN_LIB_DIR={root}/lib
#include <utils/range.fun> as r
print(r.range(3), r.range2(1, 3), r.range3(5, 0, -2))
// expect: [0, 1, 2] [1, 2] [5, 3, 1]
