// D24: each file is included once per program
#include "inc/once.fun"   // expect: once.fun runs
#include "inc/once.fun"
#include "inc/../inc/once.fun"
print(ONCE_VALUE)   // expect: 7
