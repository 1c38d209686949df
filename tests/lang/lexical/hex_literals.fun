// Hex literals, either case, up to 64 bits (keeping the bit pattern).
print(0x1F)        // expect: 31
print(0XfF)        // expect: 255
print(0x0)         // expect: 0
print(0x7FFFFFFFFFFFFFFF)  // expect: 9223372036854775807
// note: 64-bit hex literals keep their bit pattern (Q21 fix keeps 64-bit hex)
print(0xFFFFFFFFFFFFFFFF)  // expect: -1
print(typeof(0x10))        // expect: Number
