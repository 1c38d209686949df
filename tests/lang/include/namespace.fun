// D25: `as ns` gives a real namespace
#include "inc/mathlib.fun" as m
print(m.square(3))       // expect: 9
print(m.cube(2))         // expect: 8
print(m.ORIGIN)          // expect: 0
print(typeof(square))    // expect: Nil
print(typeof(ORIGIN))    // expect: Nil
v = m.Vec(3, 4)
print(v.len2())          // expect: 25
