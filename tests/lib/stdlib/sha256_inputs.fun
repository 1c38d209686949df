// SHA256 of the same bytes given as a String, as hex and as a byte Array.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha256.fun>
fun hex_decode_local(hex)
  d = "0123456789abcdef"
  out = ""
  i = 0
  while i < len(hex)
    out += chr(find(d, hex[i]) * 16 + find(d, hex[i + 1]))
    i += 2
  return out

h = SHA256()
print(h.sha256_hex("616263") == h.sha256_str("abc"), h.sha256_hex("") == h.sha256_str(""))
print(h.sha256_bytes_hex([97, 98, 99]) == h.sha256_str("abc"), h.sha256_hex("00FF") == h.sha256_bytes_hex([0, 255]))
// D30a: sha256_bytes returns the digest as an Array of byte Ints
d = h.sha256_bytes([97, 98, 99])
print(typeof(d), typeof(d[0]), h._to_hex(d) == h.sha256_str("abc"))
r = h.sha256_raw("abc")
print(len(r), r == hex_decode_local(h.sha256_str("abc")))
// padding boundaries
for n in [55, 56, 63, 64, 111, 112, 127, 128, 129]
  print(n, h.sha256_str(repeat("a", n)))
print(h.sha256_str("\x00\x01\xfe\xff"))
// expect: true true
// expect: true true
// expect: Array Number true
// expect: 32 true
// expect: 55 9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318
// expect: 56 b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a
// expect: 63 7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34
// expect: 64 ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb
// expect: 111 6374f73208854473827f6f6a3f43b1f53eaa3b82c21c1a6d69a2110b2a79baad
// expect: 112 f54353008a2553262ecdc4a34749563ba0950e8b0fc8652780b0a614b99683c1
// expect: 127 c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a
// expect: 128 6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e
// expect: 129 c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae
// expect: c5dbae22661af6db18a1f676db82a7ef7de46d27c3a263a872f00478b0d99fc4
