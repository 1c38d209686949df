// crypt/crc32c.fun: CRC-32C (Castagnoli, as in iSCSI/ext4) in pure Fun,
// over crypt/crc32_reflected.fun.
// Reflected polynomial 0x82F63B78, initial value and final xor 0xFFFFFFFF.
//   c = CRC32C()
//   c.crc32c_str("123456789")   -> "e3069283" (8 lowercase hex digits)
//   c.crc32c_hex("313233")      -> checksum of the bytes given in hex
//   c.crc32c_bytes([49, 50, 51]) -> the checksum of a byte array as 4 byte Ints
//                                (most significant first), as the reference
//   c.crc32c_bytes_value(arr)   -> that checksum as an Int
//   c.crc32c_bytes_hex(arr)     -> that checksum as 8 hex digits
//   c.crc32c_int("123456789")   -> 0xe3069283 as an Int
//   c.crc32c_update(crc, s)      -> continues a checksum: update(update(0, a), b)
//                                equals crc32c_int(a + b); start from 0

#include <crypt/crc32_reflected.fun>

class CRC32C() extends CRC32Reflected
  _POLY = 0x82F63B78
  _NAME = "crc32c"

  fun crc32c_update(this, crc, s)
    return this.update(crc, s)

  fun crc32c_int(this, s)
    return this.update(0, s)

  fun crc32c_str(this, s)
    return this.hex8(this.update(0, s))

  // the checksum of a byte array as an Int
  fun crc32c_bytes_value(this, arr)
    return this.bytes_value(arr)

  // the checksum of a byte array as 4 byte Ints, most significant first
  fun crc32c_bytes(this, arr)
    return this.bytes_array(arr)

  fun crc32c_bytes_hex(this, arr)
    return this.hex8(this.bytes_value(arr))

  fun crc32c_hex(this, hex)
    return this.hex8(this.hex_value(hex))
