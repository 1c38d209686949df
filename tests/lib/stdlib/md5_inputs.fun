// MD5 of the same bytes as a String, hex or byte Array, raw digests, lengths
// around the padding boundary.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/md5.fun>
m = MD5()
print(m.md5_hex("616263"), m.md5_hex("616263") == m.md5_str("abc"))
print(m.md5_hex("") == m.md5_str(""), m.md5_hex("6162") == m.md5_hex("6162"))
print(m.md5_bytes_hex([97, 98, 99]))
print(m.md5_bytes_hex([]))
// D30a: md5_bytes returns the digest as an Array of byte Ints
print(m.md5_bytes([97, 98, 99]))
r = m.md5_raw("abc")
print(len(r), ord(r, 0), ord(r, 15))
// lengths around the padding boundaries (55, 56, 63, 64, 65 bytes)
for n in [55, 56, 63, 64, 65]
  print(n, m.md5_str(repeat("a", n)))
// binary data with NUL bytes
print(m.md5_str("\x00\xff\x00"))
// expect: 900150983cd24fb0d6963f7d28e17f72 true
// expect: true true
// expect: 900150983cd24fb0d6963f7d28e17f72
// expect: d41d8cd98f00b204e9800998ecf8427e
// expect: [144, 1, 80, 152, 60, 210, 79, 176, 214, 150, 63, 125, 40, 225, 127, 114]
// expect: 16 144 114
// expect: 55 ef1772b6dff9a122358552954ad0df65
// expect: 56 3b0c8ac703f828b04c6c197006d17218
// expect: 63 b06521f39153d618550606be297466d5
// expect: 64 014842d480b571495a4a0363793f7367
// expect: 65 c743a45e0d2e6a95cb859adae0248435
// expect: b2b237a1bbd9c57b93b952c24e7936a8
