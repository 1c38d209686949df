// Utils/range.fun: range2 and range3 next to the range builtin.
// env: FUN_LIB_DIR={root}/lib
#include <utils/range.fun>
print(range(4), range(0), range(-2))
print(range2(2, 5), range2(5, 2))
print(range3(0, 10, 3), range3(10, 0, -4), range3(0, 1, 5))
try
  range3(0, 5, 0)
catch e
  print(e)
for i in range(1, 3)
  print(i)
// expect: [0, 1, 2, 3] [] []
// expect: [2, 3, 4] []
// expect: [0, 3, 6, 9] [10, 6, 2] [0]
// expect: Runtime error: range step cannot be 0
// expect: 1
// expect: 2
