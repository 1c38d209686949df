// crypt/crc32.fun: CRC-32 (ISO-HDLC, as in zip/PNG/Ethernet) in pure Fun,
// over crypt/crc32_reflected.fun.
// Reflected polynomial 0xEDB88320, initial value and final xor 0xFFFFFFFF.
//   c = CRC32()
//   c.crc32_str("123456789")   -> "cbf43926" (8 lowercase hex digits)
//   c.crc32_hex("313233")      -> checksum of the bytes given in hex
//   c.crc32_bytes([49, 50, 51]) -> the checksum of a byte array as 4 byte Ints
//                                (most significant first), as the reference
//   c.crc32_bytes_value(arr)   -> that checksum as an Int
//   c.crc32_bytes_hex(arr)     -> that checksum as 8 hex digits
//   c.crc32_int("123456789")   -> 0xcbf43926 as an Int
//   c.crc32_update(crc, s)      -> continues a checksum: update(update(0, a), b)
//                                equals crc32_int(a + b); start from 0

#include <crypt/crc32_reflected.fun>

class CRC32() extends CRC32Reflected
  _POLY = 0xEDB88320
  _NAME = "crc32"

  fun crc32_update(this, crc, s)
    return this.update(crc, s)

  fun crc32_int(this, s)
    return this.update(0, s)

  fun crc32_str(this, s)
    return this.hex8(this.update(0, s))

  // the checksum of a byte array as an Int
  fun crc32_bytes_value(this, arr)
    return this.bytes_value(arr)

  // the checksum of a byte array as 4 byte Ints, most significant first
  fun crc32_bytes(this, arr)
    return this.bytes_array(arr)

  fun crc32_bytes_hex(this, arr)
    return this.hex8(this.bytes_value(arr))

  fun crc32_hex(this, hex)
    return this.hex8(this.hex_value(hex))
