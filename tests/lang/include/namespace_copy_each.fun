// A file included under two namespaces gets a copy each: its top level runs
// once per namespace and their variables are independent (docs/includes.md)
#include "inc/counter.fun" as a   // expect: counter module runs
#include "inc/counter.fun" as b   // expect: counter module runs
#include "inc/counter.fun" as a
a.bump()
a.bump()
print(a.bump(), b.bump())   // expect: 3 1
print(a.count, b.count)     // expect: 3 1
a.count = 10
print(a.bump(), b.count)    // expect: 11 1
