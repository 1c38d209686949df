// An included file's top-level code runs at the include point.
print("first")
#include "inc/prints.fun"
print("last")
// expect: first
// expect: included top-level code runs at the include point
// expect: last
