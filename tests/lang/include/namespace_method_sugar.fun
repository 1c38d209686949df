// D19a: ns.f(args) calls the function with just args
#include "inc/util.fun" as u
print(u.util_twice(5))   // expect: 10
