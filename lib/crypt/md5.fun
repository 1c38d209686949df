// crypt/md5.fun: MD5 (RFC 1321) in pure Fun.
//   m = MD5()
//   m.md5_str("abc")      -> "900150983cd24fb0d6963f7d28e17f72"
//   m.md5_hex("616263")   -> same digest, input given as hex bytes
//   m.md5_bytes([97, 98, 99]) -> the digest of a byte Array as an Array of byte Ints
//   m.md5_bytes_hex(arr) -> the same digest in hex
//   m.md5_raw("abc")      -> the 16-byte binary digest as a String
// All digests are lowercase hex. MD5 is broken for security purposes; use it
// for checksums and legacy protocols only.
// 32-bit words are Ints in 0..2^32-1; + is followed by a mask or by a 32-bit
// builtin (rol/band/...) that reduces its operand modulo 2^32.
#include <crypt/digest.fun>

class MD5() extends ByteDigest
  _NAME = "md5"
  // K[i] = floor(abs(sin(i + 1)) * 2^32)
  _K = [0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391]
  _S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]

  fun md5_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun md5_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  // the digest as an Array of byte Ints (as the reference)
  fun md5_bytes(this, arr)
    return this._digest(arr)

  fun md5_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  fun md5_raw(this, s)
    return this._bytes_str(this._digest(this._str_bytes(s)))

  // 16 digest bytes of the byte array msg (not modified).
  fun _digest(this, msg)
    m = this._padded(msg, 64, 8, false)
    K = this._K
    S = this._S
    a0 = 0x67452301
    b0 = 0xefcdab89
    c0 = 0x98badcfe
    d0 = 0x10325476
    M = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    nb = len(m)
    off = 0
    while off < nb
      for j in range(0, 16)
        p = off + j * 4
        M[j] = m[p] + m[p + 1] * 256 + m[p + 2] * 65536 + m[p + 3] * 16777216
      A = a0
      B = b0
      C = c0
      D = d0
      for i in range(0, 64)
        if i < 16
          F = bxor(D, band(B, bxor(C, D)))
          g = i
        else if i < 32
          F = bxor(C, band(D, bxor(B, C)))
          g = (5 * i + 1) % 16
        else if i < 48
          F = bxor(B, bxor(C, D))
          g = (3 * i + 5) % 16
        else
          F = bxor(C, bor(B, bnot(D)))
          g = (7 * i) % 16
        t = D
        D = C
        C = B
        B = band(B + rol(A + F + K[i] + M[g], S[i]), 0xFFFFFFFF)
        A = t
      a0 = band(a0 + A, 0xFFFFFFFF)
      b0 = band(b0 + B, 0xFFFFFFFF)
      c0 = band(c0 + C, 0xFFFFFFFF)
      d0 = band(d0 + D, 0xFFFFFFFF)
      off += 64
    out = []
    for w in [a0, b0, c0, d0]
      for k in range(0, 4)
        push(out, w % 256)
        w = w / 256
    return out
