// compat: typeof of a bare variable gives the declared subtype
uint8 u = 1
number n = 2
int16 i = 3
byte b = 4
int64 l = 5
sint32 s = 6
uint64 w = 7
array a = [1]
print(typeof(u))      // expect: Uint8
print(typeof(n))      // expect: Sint64
print(typeof(i))      // expect: Sint16
print(typeof(b))      // expect: Uint8
print(typeof(l))      // expect: Sint64
print(typeof(s))      // expect: Sint32
print(typeof(w))      // expect: Uint64
print(typeof(a))      // expect: Array
print(typeof(u + 0))  // expect: Number
