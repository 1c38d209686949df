// CRC-32 check values of the standard vectors.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/crc32.fun>
c = CRC32()
print(c.crc32_str("123456789"))
print(c.crc32_str(""), c.crc32_str("a"), c.crc32_str("abc"))
print(c.crc32_str("The quick brown fox jumps over the lazy dog"))
print(c.crc32_int("123456789"), c.crc32_int(""))
print(c.crc32_hex("313233343536373839"), c.crc32_hex("00FF"))
print(c.crc32_bytes_hex([49, 50, 51, 52, 53, 54, 55, 56, 57]), c.crc32_bytes_hex([0, 255]))
// D30a: crc32_bytes gives the checksum as byte Ints, crc32_bytes_value as an Int
print(c.crc32_bytes([49, 50, 51, 52, 53, 54, 55, 56, 57]), c.crc32_bytes_value([49, 50, 51, 52, 53, 54, 55, 56, 57]))
print(c.crc32_update(c.crc32_update(0, "12345"), "6789"), c.crc32_update(0, ""))
print(c.crc32_str("\x00\x00\x00\x00"))
// expect: cbf43926
// expect: 00000000 e8b7be43 352441c2
// expect: 414fa339
// expect: 3421780262 0
// expect: cbf43926 6cdbfd72
// expect: cbf43926 6cdbfd72
// expect: [203, 244, 57, 38] 3421780262
// expect: 3421780262 0
// expect: 2144df1c
