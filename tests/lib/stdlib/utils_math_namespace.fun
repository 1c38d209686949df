// Utils/math.fun included as a namespace.
// env: FUN_LIB_DIR={root}/lib
#include <utils/math.fun> as m
print(m.add(1, 2), m.times(3, 3))
// expect: 3 9
