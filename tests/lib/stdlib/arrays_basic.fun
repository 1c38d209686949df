// Arrays.fun: array_slice, array_reverse, array_concat leave their inputs
// unchanged.
// env: FUN_LIB_DIR={root}/lib
#include <arrays.fun>
a = [1, 2, 3, 4, 5]
print(array_slice(a, 1, 3), array_slice(a, 3, 10), array_slice(a, -2, 2), array_slice(a, 9, 1), array_slice(a, 1, -1))
print(array_reverse(a), array_reverse([]))
print(a)
print(array_concat([1, 2], [3]), array_concat([], []))
print(array_index_of(a, 3), array_index_of(a, 9), array_index_of([1.0, 2.5], 2.5), array_index_of([1.0], 1))
print(array_contains(a, 5), array_contains(a, 6), array_contains([[1, 2]], [1, 2]), array_contains([{"k": 1}], {"k": 1}))
// expect: [2, 3, 4] [4, 5] [1, 2] [] []
// expect: [5, 4, 3, 2, 1] []
// expect: [1, 2, 3, 4, 5]
// expect: [1, 2, 3] []
// expect: 2 -1 1 0
// expect: true false true true
