// Arrays.fun: array_unique, array_flatten1 and array_push_unique(_mut).
// env: FUN_LIB_DIR={root}/lib
#include <arrays.fun>
print(array_unique([3, 1, 3, 2, 1, "a", "a"]))
print(array_flatten1([1, [2, [3]], [], "s"]))
b = [1, 2]
r = array_push_unique_mut(b, 3)
array_push_unique_mut(b, 1)
print(b, r == b)
c = array_push_unique(b, 4)
print(b, c)
print(array_push_unique(b, 2))
// expect: [3, 1, 2, a]
// expect: [1, 2, [3], s]
// expect: [1, 2, 3] true
// expect: [1, 2, 3] [1, 2, 3, 4]
// expect: [1, 2, 3]
