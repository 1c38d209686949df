// crypt/ripemd160.fun: RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996) in pure Fun.
//   h = RIPEMD160()
//   h.ripemd160_str("abc")      -> "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"
//   h.ripemd160_hex("616263")   -> same digest, input given as hex bytes
//   h.ripemd160_bytes([97, 98, 99]) -> the 20 digest bytes as an Array of Ints
//   h.ripemd160_bytes_hex(arr)  -> the digest of a byte Array as hex
//   ripemd160_new_try()         -> a new RIPEMD160 instance (as the reference)
// Digests in hex are lowercase. 32-bit words are Ints in 0..2^32-1.
#include <crypt/digest.fun>

class RIPEMD160() extends ByteDigest
  _NAME = "ripemd160"
  // message word order (left and right lines) and rotation amounts
  _RL = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8, 3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13]
  _RR = [5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2, 15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11]
  _SL = [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12, 11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12, 9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6]
  _SR = [8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11, 9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8, 8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11]
  _KL = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E]
  _KR = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000]

  fun ripemd160_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun ripemd160_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  fun ripemd160_bytes(this, arr)
    return this._digest(arr)

  fun ripemd160_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  // the round function of step j (0..79)
  fun _f(this, j, x, y, z)
    if j < 16
      return bxor(x, bxor(y, z))
    if j < 32
      return bor(band(x, y), band(bnot(x), z))
    if j < 48
      return bxor(bor(x, bnot(y)), z)
    if j < 64
      return bor(band(x, z), band(y, bnot(z)))
    return bxor(x, bor(y, bnot(z)))

  // 20 digest bytes of the byte array msg (not modified)
  fun _digest(this, msg)
    m = this._padded(msg, 64, 8, false)
    h0 = 0x67452301
    h1 = 0xEFCDAB89
    h2 = 0x98BADCFE
    h3 = 0x10325476
    h4 = 0xC3D2E1F0
    RL = this._RL
    RR = this._RR
    SL = this._SL
    SR = this._SR
    KL = this._KL
    KR = this._KR
    X = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    off = 0
    while off < len(m)
      for j in range(0, 16)
        p = off + j * 4
        X[j] = m[p] + m[p + 1] * 256 + m[p + 2] * 65536 + m[p + 3] * 16777216
      al = h0
      bl = h1
      cl = h2
      dl = h3
      el = h4
      ar = h0
      br = h1
      cr = h2
      dr = h3
      er = h4
      for j in range(0, 80)
        r = j / 16
        t = band(rol(band(al + this._f(j, bl, cl, dl) + X[RL[j]] + KL[r], 0xFFFFFFFF), SL[j]) + el, 0xFFFFFFFF)
        al = el
        el = dl
        dl = rol(cl, 10)
        cl = bl
        bl = t
        t = band(rol(band(ar + this._f(79 - j, br, cr, dr) + X[RR[j]] + KR[r], 0xFFFFFFFF), SR[j]) + er, 0xFFFFFFFF)
        ar = er
        er = dr
        dr = rol(cr, 10)
        cr = br
        br = t
      t = band(h1 + cl + dr, 0xFFFFFFFF)
      h1 = band(h2 + dl + er, 0xFFFFFFFF)
      h2 = band(h3 + el + ar, 0xFFFFFFFF)
      h3 = band(h4 + al + br, 0xFFFFFFFF)
      h4 = band(h0 + bl + cr, 0xFFFFFFFF)
      h0 = t
      off += 64
    out = []
    for w in [h0, h1, h2, h3, h4]
      for k in range(0, 4)
        push(out, w % 256)
        w = w / 256
    return out

fun ripemd160_new_try()
  return RIPEMD160()
