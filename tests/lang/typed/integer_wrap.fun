// D14: fixed-width integer types wrap
uint8 b = 300
print(b)    // expect: 44
int8 c = 200
print(c)    // expect: -56
byte d = -1
print(d)    // expect: 255
int16 e = 40000
print(e)    // expect: -25536
uint16 f = 70000
print(f)    // expect: 4464
uint32 g = -1
print(g)    // expect: 4294967295
int32 h = 2147483648
print(h)    // expect: -2147483648
sint8 i = 128
print(i)    // expect: -128
int64 j = 9223372036854775807
print(j)    // expect: 9223372036854775807
number n = 5
print(n)    // expect: 5
// note: uint64 keeps all 64 bits; Ints are signed so -1 prints as -1
uint64 k = -1
print(k)    // expect: -1
