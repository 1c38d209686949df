// crypt/sha512.fun: SHA-512 (FIPS 180-4) in pure Fun.
//   h = SHA512()
//   h.sha512_str("abc")  -> "ddaf35a193617aba...a54ca49f" (128 hex digits)
//   h.sha512_bytes(arr)  -> the digest of a byte Array as an Array of byte Ints
//   h.sha512_bytes_hex(arr) -> the same digest in hex
//   h.sha512_hex("616263") -> the digest of bytes given in hex
//   h.sha512_raw("abc")  -> 64-byte binary digest as a String
// The bitwise builtins are 32-bit, so every 64-bit word is kept as two
// 32-bit halves (hi, lo); additions propagate the carry from lo into hi.
// crypt/sha384.fun builds SHA-384 on this class (other initial values,
// truncated output).
#include <crypt/digest.fun>

class SHA512() extends ByteDigest
  // round constants, 80 words as (hi, lo) pairs
  _K = [0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc, 0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118, 0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2, 0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694, 0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65, 0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5, 0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4, 0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70, 0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df, 0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b, 0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30, 0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8, 0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8, 0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3, 0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec, 0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b, 0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178, 0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b, 0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c, 0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817]
  // initial hash value, 8 words as (hi, lo) pairs
  _H0 = [0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1, 0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179]
  // number of 64-bit words of output
  _OUT_WORDS = 8
  _NAME = "sha512"

  fun sha512_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun sha512_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  // the digest as an Array of byte Ints (as the reference)
  fun sha512_bytes(this, arr)
    return this._digest(arr)

  fun sha512_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  fun sha512_raw(this, s)
    return this._bytes_str(this._digest(this._str_bytes(s)))

  fun _digest(this, msg)
    m = this._padded(msg, 128, 16, true)
    K = this._K
    H = copy(this._H0)
    M = 0xFFFFFFFF
    P = 4294967296
    Wh = []
    Wl = []
    for i in range(0, 80)
      push(Wh, 0)
      push(Wl, 0)
    nb = len(m)
    off = 0
    while off < nb
      for j in range(0, 16)
        p = off + j * 8
        Wh[j] = m[p] * 16777216 + m[p + 1] * 65536 + m[p + 2] * 256 + m[p + 3]
        Wl[j] = m[p + 4] * 16777216 + m[p + 5] * 65536 + m[p + 6] * 256 + m[p + 7]
      for j in range(16, 80)
        // s0 = rotr1 ^ rotr8 ^ shr7 of W[j-15]
        xh = Wh[j - 15]
        xl = Wl[j - 15]
        s0h = bxor(bxor(shr(xh, 1) + shl(xl, 31), shr(xh, 8) + shl(xl, 24)), shr(xh, 7))
        s0l = bxor(bxor(shr(xl, 1) + shl(xh, 31), shr(xl, 8) + shl(xh, 24)), shr(xl, 7) + shl(xh, 25))
        // s1 = rotr19 ^ rotr61 ^ shr6 of W[j-2]
        xh = Wh[j - 2]
        xl = Wl[j - 2]
        s1h = bxor(bxor(shr(xh, 19) + shl(xl, 13), shr(xl, 29) + shl(xh, 3)), shr(xh, 6))
        s1l = bxor(bxor(shr(xl, 19) + shl(xh, 13), shr(xh, 29) + shl(xl, 3)), shr(xl, 6) + shl(xh, 26))
        lo = s1l + Wl[j - 7] + s0l + Wl[j - 16]
        Wl[j] = lo % P
        Wh[j] = band(s1h + Wh[j - 7] + s0h + Wh[j - 16] + lo / P, M)
      ah = H[0]
      al = H[1]
      bh = H[2]
      bl = H[3]
      ch = H[4]
      cl = H[5]
      dh = H[6]
      dl = H[7]
      eh = H[8]
      el = H[9]
      fh = H[10]
      fl = H[11]
      gh = H[12]
      gl = H[13]
      hh = H[14]
      hl = H[15]
      for j in range(0, 80)
        // S1 = rotr14 ^ rotr18 ^ rotr41 of e
        S1h = bxor(bxor(shr(eh, 14) + shl(el, 18), shr(eh, 18) + shl(el, 14)), shr(el, 9) + shl(eh, 23))
        S1l = bxor(bxor(shr(el, 14) + shl(eh, 18), shr(el, 18) + shl(eh, 14)), shr(eh, 9) + shl(el, 23))
        chh = bxor(gh, band(eh, bxor(fh, gh)))
        chl = bxor(gl, band(el, bxor(fl, gl)))
        lo = hl + S1l + chl + K[2 * j + 1] + Wl[j]
        t1l = lo % P
        t1h = hh + S1h + chh + K[2 * j] + Wh[j] + lo / P
        // S0 = rotr28 ^ rotr34 ^ rotr39 of a
        S0h = bxor(bxor(shr(ah, 28) + shl(al, 4), shr(al, 2) + shl(ah, 30)), shr(al, 7) + shl(ah, 25))
        S0l = bxor(bxor(shr(al, 28) + shl(ah, 4), shr(ah, 2) + shl(al, 30)), shr(ah, 7) + shl(al, 25))
        mjh = bor(band(ah, bh), band(ch, bor(ah, bh)))
        mjl = bor(band(al, bl), band(cl, bor(al, bl)))
        hh = gh
        hl = gl
        gh = fh
        gl = fl
        fh = eh
        fl = el
        lo = dl + t1l
        el = lo % P
        eh = band(dh + t1h + lo / P, M)
        dh = ch
        dl = cl
        ch = bh
        cl = bl
        bh = ah
        bl = al
        lo = t1l + S0l + mjl
        al = lo % P
        ah = band(t1h + S0h + mjh + lo / P, M)
      regs = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl]
      i = 14
      while i >= 0
        lo = H[i + 1] + regs[i + 1]
        H[i + 1] = lo % P
        H[i] = band(H[i] + regs[i] + lo / P, M)
        i -= 2
      off += 128
    out = []
    for i in range(0, 2 * this._OUT_WORDS)
      w = H[i]
      push(out, w / 16777216)
      push(out, (w / 65536) % 256)
      push(out, (w / 256) % 256)
      push(out, w % 256)
    return out
