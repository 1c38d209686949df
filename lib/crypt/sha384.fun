// crypt/sha384.fun: SHA-384 (FIPS 180-4): SHA-512 with other initial values,
// output truncated to 48 bytes.
//   h = SHA384()
//   h.sha384_str("abc")  -> "cb00753f45a35e8b...58baeca134c825a7" (96 hex digits)
//   h.sha384_bytes(arr)  -> the digest of a byte Array as an Array of byte Ints
//   h.sha384_bytes_hex(arr) -> the same digest in hex
//   h.sha384_hex("616263") -> the digest of bytes given in hex
//   h.sha384_raw("abc")  -> 48-byte binary digest as a String
// Including this file also defines SHA512 (crypt/sha512.fun).
#include "sha512.fun"

class SHA384() extends SHA512
  _H0 = [0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939, 0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4]
  _OUT_WORDS = 6
  _NAME = "sha384"

  fun sha384_str(this, s)
    return this._to_hex(this._digest(this._str_bytes(s)))

  fun sha384_hex(this, hex)
    return this._to_hex(this._digest(this._hex_bytes(hex)))

  // the digest as an Array of byte Ints (as the reference)
  fun sha384_bytes(this, arr)
    return this._digest(arr)

  fun sha384_bytes_hex(this, arr)
    return this._to_hex(this._digest(arr))

  fun sha384_raw(this, s)
    return this._bytes_str(this._digest(this._str_bytes(s)))
