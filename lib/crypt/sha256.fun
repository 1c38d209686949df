// crypt/sha256.fun: SHA-256 (FIPS 180-4) in pure Fun.
//   h = SHA256()
//   h.sha256_str("abc")   -> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//   h.sha256_bytes(arr)  -> the digest of a byte Array as an Array of byte Ints
//   h.sha256_bytes_hex(arr) -> the same digest in hex
//   h.sha256_hex("616263") -> the digest of bytes given in hex
//   h.sha256_raw("abc")   -> 32-byte binary digest as a String
//   h.hmac_sha256_str(key, msg) -> HMAC-SHA-256 (RFC 2104) as hex
#include <crypt/digest.fun>

class SHA256() extends ByteDigest
  _NAME = "sha256"
  _K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]
  _H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
  _OUT_WORDS = 8

  fun sha256_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun sha256_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  // the digest as an Array of byte Ints (as the reference)
  fun sha256_bytes(this, arr)
    return this._digest(arr)

  fun sha256_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  fun sha256_raw(this, s)
    return this._bytes_str(this._digest(this._str_bytes(s)))

  fun hmac_sha256_str(this, key, msg)
    kb = this._str_bytes(key)
    if len(kb) > 64
      kb = this._digest(kb)
    while len(kb) < 64
      push(kb, 0)
    ipad = []
    opad = []
    for b in kb
      push(ipad, bxor(b, 0x36))
      push(opad, bxor(b, 0x5c))
    inner = this._digest(ipad + this._str_bytes(msg))
    return this._to_hex(this._digest(opad + inner))

  fun _digest(this, msg)
    m = this._padded(msg, 64, 8, true)
    K = this._K
    H = copy(this._H0)
    W = []
    for i in range(0, 64)
      push(W, 0)
    nb = len(m)
    off = 0
    while off < nb
      for j in range(0, 16)
        p = off + j * 4
        W[j] = m[p] * 16777216 + m[p + 1] * 65536 + m[p + 2] * 256 + m[p + 3]
      for j in range(16, 64)
        x = W[j - 15]
        s0 = bxor(bxor(ror(x, 7), ror(x, 18)), shr(x, 3))
        x = W[j - 2]
        s1 = bxor(bxor(ror(x, 17), ror(x, 19)), shr(x, 10))
        W[j] = band(W[j - 16] + s0 + W[j - 7] + s1, 0xFFFFFFFF)
      a = H[0]
      b = H[1]
      c = H[2]
      d = H[3]
      e = H[4]
      f = H[5]
      g = H[6]
      h = H[7]
      for j in range(0, 64)
        S1 = bxor(bxor(ror(e, 6), ror(e, 11)), ror(e, 25))
        ch = bxor(g, band(e, bxor(f, g)))
        t1 = h + S1 + ch + K[j] + W[j]
        S0 = bxor(bxor(ror(a, 2), ror(a, 13)), ror(a, 22))
        maj = bor(band(a, b), band(c, bor(a, b)))
        h = g
        g = f
        f = e
        e = band(d + t1, 0xFFFFFFFF)
        d = c
        c = b
        b = a
        a = band(t1 + S0 + maj, 0xFFFFFFFF)
      H[0] = band(H[0] + a, 0xFFFFFFFF)
      H[1] = band(H[1] + b, 0xFFFFFFFF)
      H[2] = band(H[2] + c, 0xFFFFFFFF)
      H[3] = band(H[3] + d, 0xFFFFFFFF)
      H[4] = band(H[4] + e, 0xFFFFFFFF)
      H[5] = band(H[5] + f, 0xFFFFFFFF)
      H[6] = band(H[6] + g, 0xFFFFFFFF)
      H[7] = band(H[7] + h, 0xFFFFFFFF)
      off += 64
    out = []
    for i in range(0, this._OUT_WORDS)
      w = H[i]
      push(out, w / 16777216)
      push(out, (w / 65536) % 256)
      push(out, (w / 256) % 256)
      push(out, w % 256)
    return out
