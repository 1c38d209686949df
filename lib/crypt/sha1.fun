// crypt/sha1.fun: SHA-1 (FIPS 180-4) in pure Fun.
//   h = SHA1()
//   h.sha1_str("abc")        -> "a9993e364706816aba3e25717850c26c9cd0d89d"
//   h.sha1_hex("616263")     -> same, input as hex bytes
//   h.sha1_bytes(arr)  -> the digest of a byte Array as an Array of byte Ints
//   h.sha1_bytes_hex(arr) -> the same digest in hex
//   h.sha1_raw("abc")        -> 20-byte binary digest as a String
// SHA-1 is broken for collision resistance; prefer SHA-256 for new uses.
#include <crypt/digest.fun>

class SHA1() extends ByteDigest
  _NAME = "sha1"
  fun sha1_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun sha1_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  // the digest as an Array of byte Ints (as the reference)
  fun sha1_bytes(this, arr)
    return this._digest(arr)

  fun sha1_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  fun sha1_raw(this, s)
    return this._bytes_str(this._digest(this._str_bytes(s)))

  fun _digest(this, msg)
    m = this._padded(msg, 64, 8, true)
    h0 = 0x67452301
    h1 = 0xEFCDAB89
    h2 = 0x98BADCFE
    h3 = 0x10325476
    h4 = 0xC3D2E1F0
    W = []
    for i in range(0, 80)
      push(W, 0)
    nb = len(m)
    off = 0
    while off < nb
      for j in range(0, 16)
        p = off + j * 4
        W[j] = m[p] * 16777216 + m[p + 1] * 65536 + m[p + 2] * 256 + m[p + 3]
      for j in range(16, 80)
        W[j] = rol(bxor(bxor(W[j - 3], W[j - 8]), bxor(W[j - 14], W[j - 16])), 1)
      a = h0
      b = h1
      c = h2
      d = h3
      e = h4
      for j in range(0, 80)
        if j < 20
          f = bxor(d, band(b, bxor(c, d)))
          k = 0x5A827999
        else if j < 40
          f = bxor(b, bxor(c, d))
          k = 0x6ED9EBA1
        else if j < 60
          f = bor(band(b, c), band(d, bor(b, c)))
          k = 0x8F1BBCDC
        else
          f = bxor(b, bxor(c, d))
          k = 0xCA62C1D6
        t = band(rol(a, 5) + f + e + k + W[j], 0xFFFFFFFF)
        e = d
        d = c
        c = rol(b, 30)
        b = a
        a = t
      h0 = band(h0 + a, 0xFFFFFFFF)
      h1 = band(h1 + b, 0xFFFFFFFF)
      h2 = band(h2 + c, 0xFFFFFFFF)
      h3 = band(h3 + d, 0xFFFFFFFF)
      h4 = band(h4 + e, 0xFFFFFFFF)
      off += 64
    out = []
    for w in [h0, h1, h2, h3, h4]
      push(out, w / 16777216)
      push(out, (w / 65536) % 256)
      push(out, (w / 256) % 256)
      push(out, w % 256)
    return out
