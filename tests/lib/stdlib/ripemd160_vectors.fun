// crypt/ripemd160.fun against the published test vectors of the RIPEMD-160
// authors (Dobbertin, Bosselaers, Preneel)
#include <crypt/ripemd160.fun>
h = RIPEMD160()
print(h.ripemd160_str(""))     // expect: 9c1185a5c5e9fc54612808977ee8f548b2258d31
print(h.ripemd160_str("a"))    // expect: 0bdc9d2d256b3ee9daae347be6f4dc835a467ffe
print(h.ripemd160_str("abc"))  // expect: 8eb208f7e05d987a9b044a8e98c6b087f15a0bfc
print(h.ripemd160_str("message digest"))   // expect: 5d0689ef49d2fae572b881b123a85ffa21595f36
print(h.ripemd160_str("abcdefghijklmnopqrstuvwxyz"))   // expect: f71c27109c692c1b56bbdceb5b9d2865b3708dbc
print(h.ripemd160_str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))   // expect: 12a053384a9c0c88e405a06c27dcf49ada62eb2b
print(h.ripemd160_str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))   // expect: b0e20b6e3116640286ed3a87a5713079b21f5189
print(h.ripemd160_str(repeat("1234567890", 8)))   // expect: 9b752e45573d4b39f4dbd3323cab82bf63326bfb
// the same message as hex and as bytes
print(h.ripemd160_hex("616263"))   // expect: 8eb208f7e05d987a9b044a8e98c6b087f15a0bfc
d = h.ripemd160_bytes([97, 98, 99])
print(len(d), d[0], d[19])         // expect: 20 142 252
print(h.ripemd160_bytes_hex([97, 98, 99]))   // expect: 8eb208f7e05d987a9b044a8e98c6b087f15a0bfc
print(ripemd160_new_try().ripemd160_str("a"))   // expect: 0bdc9d2d256b3ee9daae347be6f4dc835a467ffe
// a message of exactly 55, 56 and 64 bytes (padding edges) differ from each other
print(h.ripemd160_str(repeat("a", 55)) != h.ripemd160_str(repeat("a", 56)))   // expect: true
try
  h.ripemd160_hex("abc")
catch e
  print(e)   // expect: ripemd160_hex: odd number of hex digits
try
  h.ripemd160_bytes([256])
catch e
  print(e)   // expect: ripemd160: byte values must be Ints 0..255
