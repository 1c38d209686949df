// crypt/crc32_reflected.fun: the table-driven reflected CRC-32 that
// crypt/crc32.fun (CRC-32) and crypt/crc32c.fun (CRC-32C) specialise; they
// differ only in the polynomial and the name their errors report. Initial
// value and final xor are 0xFFFFFFFF for both.
//   class MyCRC() extends CRC32Reflected
//     _POLY = 0xEDB88320
//     _NAME = "crc32"
//   c.update(crc, s), c.bytes_value(arr), c.hex_value(hex), c.hex8(v)
#include <hex.fun> as __crypt_hex

class CRC32Reflected()
  _POLY = 0xEDB88320
  _NAME = "crc32"
  _table = nil

  fun _construct(this)
    t = []
    for n in range(0, 256)
      c = n
      for k in range(0, 8)
        if c % 2 == 1
          c = bxor(shr(c, 1), this._POLY)
        else
          c = shr(c, 1)
      push(t, c)
    this._table = t

  // continues a checksum over the bytes of the String s; start from 0
  fun update(this, crc, s)
    t = this._table
    c = bxor(crc, 0xFFFFFFFF)
    n = len(s)
    for i in range(0, n)
      c = bxor(t[band(bxor(c, ord(s, i)), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  // the checksum of a byte array as an Int
  fun bytes_value(this, arr)
    t = this._table
    c = 0xFFFFFFFF
    for b in arr
      if typeof(b) != "Number" || b < 0 || b > 255
        throw this._NAME + ": byte values must be Ints 0..255"
      c = bxor(t[band(bxor(c, b), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  // the checksum of a byte array as 4 byte Ints, most significant first
  fun bytes_array(this, arr)
    v = this.bytes_value(arr)
    return [shr(v, 24), band(shr(v, 16), 255), band(shr(v, 8), 255), band(v, 255)]

  // the checksum of the bytes a hex string gives, as an Int
  fun hex_value(this, hex)
    return this.bytes_value(__crypt_hex.hex_to_bytes_for(this._NAME + "_hex", hex))

  // 8 lowercase hex digits of a checksum
  fun hex8(this, v)
    s = __crypt_hex.dec_to_hex(v)
    return repeat("0", 8 - len(s)) + s
