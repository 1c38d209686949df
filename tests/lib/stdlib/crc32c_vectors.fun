// CRC-32C check values, RFC 3720 vectors included.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/crc32c.fun>
c = CRC32C()
print(c.crc32c_str("123456789"), c.crc32c_str("abc"))
print(c.crc32c_str(""), c.crc32c_str("a"))
print(c.crc32c_int("123456789"))
// RFC 3720 B.4: 32 bytes of zeros, of 0xff, and an incrementing sequence
print(c.crc32c_hex(repeat("00", 32)), c.crc32c_hex(repeat("ff", 32)))
print(c.crc32c_bytes_hex(range(32)))
// D30a: crc32c_bytes gives byte Ints, crc32c_bytes_value an Int
print(c.crc32c_bytes(range(32)), c.crc32c_bytes_value(range(32)) == 0x46dd794e)
print(c.crc32c_update(c.crc32c_update(0, "1234"), "56789"))
// expect: e3069283 364b3fb7
// expect: 00000000 c1d04330
// expect: 3808858755
// expect: 8a9136aa 62a8ab43
// expect: 46dd794e
// expect: [70, 221, 121, 78] true
// expect: 3808858755
