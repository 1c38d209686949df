// crypt/md5_legacy.fun: MD5 as plain functions (the reference's function-style
// module), computed by crypt/md5.fun's MD5 class.
//   md5_legacy_str("abc")       -> "900150983cd24fb0d6963f7d28e17f72"
//   md5_legacy_hex("616263")    -> same digest, input as hex bytes
//   md5_legacy_bytes([97, 98, 99]) -> the 16 digest bytes as an Array of Ints
#include <crypt/md5.fun>

fun md5_legacy_str(s)
  return MD5().md5_str(s)

fun md5_legacy_hex(hex)
  return MD5().md5_hex(hex)

fun md5_legacy_bytes(arr)
  return MD5()._digest(arr)
