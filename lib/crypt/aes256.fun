// crypt/aes256.fun: AES-256 block cipher (FIPS-197) in pure Fun.
//   a = AES256()
//   a.encrypt_block_hex(pt, key)  pt: 32 hex digits (16 bytes), key: 64 hex
//                                 digits (32 bytes) -> 32 hex digits
//   a.decrypt_block_hex(ct, key)  inverse
//   a.encrypt_ecb_hex(hex, key)   ECB over a whole number of 16-byte blocks
//   a.decrypt_ecb_hex(hex, key)   (no padding is added or removed: the input
//                                 length must be a multiple of 32 hex digits)
//   a.encrypt_block_bytes(pt, key) pt: Array of 16 byte Ints, key: Array of 32
//                                 -> Array of 16 byte Ints (as the reference)
//   a.decrypt_block_bytes(ct, key) inverse
// Input hex may use either case; output is lowercase. Bad lengths or digits
// throw a String. ECB leaks patterns; it is provided for test vectors and
// for building other modes.
// The S-boxes and GF(2^8) multiplication tables are computed when the
// instance is created (log/antilog tables over the generator 3).
#include <hex.fun> as __crypt_hex

class AES256()
  _sbox = nil
  _inv = nil
  _m2 = nil
  _m3 = nil
  _m9 = nil
  _m11 = nil
  _m13 = nil
  _m14 = nil
  _key_hex = nil
  _rk = nil

  fun _construct(this)
    ex = []
    lg = []
    for i in range(0, 256)
      push(ex, 0)
      push(lg, 0)
    x = 1
    for i in range(0, 255)
      ex[i] = x
      lg[x] = i
      // x = x * 3 in GF(2^8)
      x2 = x * 2
      if x2 > 255
        x2 = bxor(x2, 0x11b)
      x = bxor(x2, x)
    ex[255] = ex[0]
    mulf = fn(a, b)
      if a == 0 || b == 0
        return 0
      return ex[(lg[a] + lg[b]) % 255]

    sbox = []
    inv = []
    for i in range(0, 256)
      push(sbox, 0)
      push(inv, 0)
    for i in range(0, 256)
      b = 0
      if i != 0
        b = ex[255 - lg[i]]
      s = b
      r = b
      for k in range(0, 4)
        r = band(shl(r, 1) + shr(r, 7), 255)
        s = bxor(s, r)
      s = bxor(s, 0x63)
      sbox[i] = s
      inv[s] = i
    this._sbox = sbox
    this._inv = inv
    this._m2 = map(range(256), fn(v)
      return mulf(v, 2)
    )
    this._m3 = map(range(256), fn(v)
      return mulf(v, 3)
    )
    this._m9 = map(range(256), fn(v)
      return mulf(v, 9)
    )
    this._m11 = map(range(256), fn(v)
      return mulf(v, 11)
    )
    this._m13 = map(range(256), fn(v)
      return mulf(v, 13)
    )
    this._m14 = map(range(256), fn(v)
      return mulf(v, 14)
    )

  fun _hex_bytes(this, hex, what)
    if typeof(hex) != "String" || len(hex) % 2 != 0
      throw "aes256: " + what + " must be a hex string of even length"
    try
      return __crypt_hex.hex_to_bytes(hex)
    catch e
      throw "aes256: invalid hex digit in " + what

  fun _to_hex(this, bytes)
    return __crypt_hex.bytes_to_hex(bytes)

  // Round keys (240 bytes) for a 64-hex-digit key; cached for the last key.
  fun _round_keys(this, key_hex)
    if key_hex == this._key_hex
      return this._rk
    key = this._hex_bytes(key_hex, "key")
    if len(key) != 32
      throw "aes256: key must be 32 bytes (64 hex digits), got " + to_string(len(key))
    S = this._sbox
    w = copy(key)
    rcon = 1
    i = 8
    while i < 60
      p = (i - 1) * 4
      t0 = w[p]
      t1 = w[p + 1]
      t2 = w[p + 2]
      t3 = w[p + 3]
      if i % 8 == 0
        u = t0
        t0 = bxor(S[t1], rcon)
        t1 = S[t2]
        t2 = S[t3]
        t3 = S[u]
        rcon = rcon * 2
        if rcon > 255
          rcon = bxor(rcon, 0x11b)
      else if i % 8 == 4
        t0 = S[t0]
        t1 = S[t1]
        t2 = S[t2]
        t3 = S[t3]
      q = (i - 8) * 4
      push(w, bxor(w[q], t0))
      push(w, bxor(w[q + 1], t1))
      push(w, bxor(w[q + 2], t2))
      push(w, bxor(w[q + 3], t3))
      i += 1
    this._key_hex = key_hex
    this._rk = w
    return w

  // Encrypts the 16 bytes of arr starting at off with round keys rk.
  fun _enc(this, arr, off, rk)
    S = this._sbox
    M2 = this._m2
    M3 = this._m3
    s = []
    for i in range(0, 16)
      push(s, bxor(arr[off + i], rk[i]))
    t = copy(s)
    for round in range(1, 15)
      // SubBytes + ShiftRows: t[r + 4c] = S[s[r + 4((c + r) % 4)]]
      for c in range(0, 4)
        for r in range(0, 4)
          t[r + 4 * c] = S[s[r + 4 * ((c + r) % 4)]]
      k = round * 16
      if round < 14
        for c in range(0, 4)
          p = 4 * c
          a0 = t[p]
          a1 = t[p + 1]
          a2 = t[p + 2]
          a3 = t[p + 3]
          s[p] = bxor(bxor(M2[a0], M3[a1]), bxor(bxor(a2, a3), rk[k + p]))
          s[p + 1] = bxor(bxor(a0, M2[a1]), bxor(bxor(M3[a2], a3), rk[k + p + 1]))
          s[p + 2] = bxor(bxor(a0, a1), bxor(bxor(M2[a2], M3[a3]), rk[k + p + 2]))
          s[p + 3] = bxor(bxor(M3[a0], a1), bxor(bxor(a2, M2[a3]), rk[k + p + 3]))
      else
        for i in range(0, 16)
          s[i] = bxor(t[i], rk[k + i])
    return s

  fun _dec(this, arr, off, rk)
    IS = this._inv
    M9 = this._m9
    M11 = this._m11
    M13 = this._m13
    M14 = this._m14
    s = []
    for i in range(0, 16)
      push(s, bxor(arr[off + i], rk[224 + i]))
    t = copy(s)
    round = 13
    while round >= 0
      // InvShiftRows + InvSubBytes: t[r + 4((c + r) % 4)] = IS[s[r + 4c]]
      for c in range(0, 4)
        for r in range(0, 4)
          t[r + 4 * ((c + r) % 4)] = IS[s[r + 4 * c]]
      k = round * 16
      for i in range(0, 16)
        t[i] = bxor(t[i], rk[k + i])
      if round > 0
        for c in range(0, 4)
          p = 4 * c
          a0 = t[p]
          a1 = t[p + 1]
          a2 = t[p + 2]
          a3 = t[p + 3]
          s[p] = bxor(bxor(M14[a0], M11[a1]), bxor(M13[a2], M9[a3]))
          s[p + 1] = bxor(bxor(M9[a0], M14[a1]), bxor(M11[a2], M13[a3]))
          s[p + 2] = bxor(bxor(M13[a0], M9[a1]), bxor(M14[a2], M11[a3]))
          s[p + 3] = bxor(bxor(M11[a0], M13[a1]), bxor(M9[a2], M14[a3]))
      else
        s = t
      round -= 1
    return s

  fun _blocks(this, hex, key_hex, what, decrypt, single)
    rk = this._round_keys(key_hex)
    data = this._hex_bytes(hex, what)
    if single && len(data) != 16
      throw "aes256: " + what + " must be 16 bytes (32 hex digits), got " + to_string(len(data))
    if len(data) % 16 != 0
      throw "aes256: " + what + " length must be a multiple of 16 bytes, got " + to_string(len(data))
    out = []
    off = 0
    while off < len(data)
      if decrypt
        b = this._dec(data, off, rk)
      else
        b = this._enc(data, off, rk)
      for x in b
        push(out, x)
      off += 16
    return this._to_hex(out)

  fun encrypt_block_hex(this, pt_hex, key_hex)
    return this._blocks(pt_hex, key_hex, "plaintext", false, true)

  fun decrypt_block_hex(this, ct_hex, key_hex)
    return this._blocks(ct_hex, key_hex, "ciphertext", true, true)

  fun encrypt_ecb_hex(this, hex, key_hex)
    return this._blocks(hex, key_hex, "plaintext", false, false)

  fun decrypt_ecb_hex(this, hex, key_hex)
    return this._blocks(hex, key_hex, "ciphertext", true, false)

  fun _bytes_hex(this, arr, what)
    if typeof(arr) != "Array"
      throw "aes256: " + what + " must be an Array of byte Ints"
    for b in arr
      if typeof(b) != "Number" || b < 0 || b > 255
        throw "aes256: " + what + " bytes must be Ints 0..255"
    return this._to_hex(arr)

  fun encrypt_block_bytes(this, pt, key)
    hex = this.encrypt_block_hex(this._bytes_hex(pt, "plaintext"), this._bytes_hex(key, "key"))
    return this._hex_bytes(hex, "ciphertext")

  fun decrypt_block_bytes(this, ct, key)
    hex = this.decrypt_block_hex(this._bytes_hex(ct, "ciphertext"), this._bytes_hex(key, "key"))
    return this._hex_bytes(hex, "plaintext")
