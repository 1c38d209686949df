// D24: each file is included once per program
#include "inc/once.fun"
#include "inc/once.fun"
#include "inc/../inc/once.fun"
print(ONCE_VALUE)   // expect: 7
// expect: once.fun runs
