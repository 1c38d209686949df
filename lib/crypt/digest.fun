// crypt/digest.fun: what the byte-oriented hash classes (MD5, SHA1, SHA256,
// SHA512 and SHA384, RIPEMD160) share: conversions between Strings, hex and
// byte Arrays, and the Merkle-Damgard message padding. A subclass sets _NAME
// (the prefix of its error messages) and defines _digest(bytes).
#include <hex.fun> as __crypt_hex

class ByteDigest()
  _NAME = "digest"

  fun _str_bytes(this, s)
    out = []
    n = len(s)
    for i in range(0, n)
      push(out, ord(s, i))
    return out

  fun _bytes_str(this, bytes)
    parts = []
    for b in bytes
      push(parts, chr(b))
    return join(parts, "")

  fun _hex_bytes(this, hex)
    return __crypt_hex.hex_to_bytes_for(this._NAME + "_hex", hex)

  fun _to_hex(this, bytes)
    return __crypt_hex.bytes_to_hex(bytes)

  // A copy of the byte Array msg (checked: Ints 0..255) with 0x80, zeros and
  // its bit length in len_bytes bytes appended, so that its length is a
  // multiple of block: big-endian length for SHA, little-endian for MD5 and
  // RIPEMD-160.
  fun _padded(this, msg, block, len_bytes, big_endian)
    for b in msg
      if typeof(b) != "Number" || b < 0 || b > 255
        throw this._NAME + ": byte values must be Ints 0..255"
    m = copy(msg)
    push(m, 0x80)
    while len(m) % block != block - len_bytes
      push(m, 0)
    bits = len(msg) * 8
    length = []
    for i in range(0, len_bytes)
      push(length, bits % 256)
      bits = bits / 256
    if big_endian
      length = reverse(length)
    return m + length
