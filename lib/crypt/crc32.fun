// crypt/crc32.fun: CRC-32 (ISO-HDLC, as in zip/PNG/Ethernet) in pure Fun.
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

class CRC32()
  _table = nil

  fun _construct(this)
    t = []
    for n in range(0, 256)
      c = n
      for k in range(0, 8)
        if c % 2 == 1
          c = bxor(shr(c, 1), 0xEDB88320)
        else
          c = shr(c, 1)
      push(t, c)
    this._table = t

  fun crc32_update(this, crc, s)
    t = this._table
    c = bxor(crc, 0xFFFFFFFF)
    n = len(s)
    for i in range(0, n)
      c = bxor(t[band(bxor(c, ord(s, i)), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  fun crc32_int(this, s)
    return this.crc32_update(0, s)

  fun crc32_str(this, s)
    return this._hex8(this.crc32_update(0, s))

  // the checksum of a byte array as an Int
  fun crc32_bytes_value(this, arr)
    t = this._table
    c = 0xFFFFFFFF
    for b in arr
      if typeof(b) != "Number" || b < 0 || b > 255
        throw "crc32: byte values must be Ints 0..255"
      c = bxor(t[band(bxor(c, b), 255)], shr(c, 8))
    return bxor(c, 0xFFFFFFFF)

  // the checksum of a byte array as 4 byte Ints, most significant first
  fun crc32_bytes(this, arr)
    v = this.crc32_bytes_value(arr)
    return [shr(v, 24), band(shr(v, 16), 255), band(shr(v, 8), 255), band(v, 255)]

  fun crc32_bytes_hex(this, arr)
    return this._hex8(this.crc32_bytes_value(arr))

  fun crc32_hex(this, hex)
    if len(hex) % 2 != 0
      throw "crc32_hex: odd number of hex digits"
    d = "0123456789abcdef"
    h = lower(hex)
    out = []
    i = 0
    while i < len(h)
      hi = find(d, h[i])
      lo = find(d, h[i + 1])
      if hi < 0 || lo < 0
        throw "crc32_hex: invalid hex digit"
      push(out, hi * 16 + lo)
      i += 2
    return this._hex8(this.crc32_bytes_value(out))

  fun _hex8(this, v)
    d = "0123456789abcdef"
    s = ""
    for k in range(0, 8)
      s = d[v % 16] + s
      v = v / 16
    return s
