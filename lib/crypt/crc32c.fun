// crypt/crc32c.fun: CRC-32C (Castagnoli, as in iSCSI/ext4) in pure Fun.
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

class CRC32C()
  _table = nil

  fun _construct(this)
    t = []
    for n in range(0, 256)
      c = n
      for k in range(0, 8)
        if c % 2 == 1
          c = bxor(shr(c, 1), 0x82F63B78)
        else
          c = shr(c, 1)
      push(t, c)
    this._table = t

  fun crc32c_update(this, crc, s)
    t = this._table
    c = bxor(crc, 0xFFFFFFFF)
    n = len(s)
    for i in range(0, n)
      c = bxor(t[band(bxor(c, ord(s, i)), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  fun crc32c_int(this, s)
    return this.crc32c_update(0, s)

  fun crc32c_str(this, s)
    return this._hex8(this.crc32c_update(0, s))

  // the checksum of a byte array as an Int
  fun crc32c_bytes_value(this, arr)
    t = this._table
    c = 0xFFFFFFFF
    for b in arr
      if typeof(b) != "Number" || b < 0 || b > 255
        throw "crc32c: byte values must be Ints 0..255"
      c = bxor(t[band(bxor(c, b), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  // the checksum of a byte array as 4 byte Ints, most significant first
  fun crc32c_bytes(this, arr)
    v = this.crc32c_bytes_value(arr)
    return [shr(v, 24), band(shr(v, 16), 255), band(shr(v, 8), 255), band(v, 255)]

  fun crc32c_bytes_hex(this, arr)
    return this._hex8(this.crc32c_bytes_value(arr))

  fun crc32c_hex(this, hex)
    if len(hex) % 2 != 0
      throw "crc32c_hex: odd number of hex digits"
    d = "0123456789abcdef"
    h = lower(hex)
    out = []
    i = 0
    while i < len(h)
      hi = find(d, h[i])
      lo = find(d, h[i + 1])
      if hi < 0 || lo < 0
        throw "crc32c_hex: invalid hex digit"
      push(out, hi * 16 + lo)
      i += 2
    return this._hex8(this.crc32c_bytes_value(out))

  fun _hex8(this, v)
    d = "0123456789abcdef"
    s = ""
    for k in range(0, 8)
      s = d[v % 16] + s
      v = v / 16
    return s
