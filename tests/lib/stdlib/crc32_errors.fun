// CRC32 and CRC32C reject odd or bad hex and out-of-range bytes with their own
// messages.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/crc32.fun>
#include <crypt/crc32c.fun>
c = CRC32()
d = CRC32C()
for f in [fn()
  return c.crc32_hex("123")
, fn()
  return c.crc32_hex("zz")
, fn()
  return c.crc32_bytes([300])
, fn()
  return d.crc32c_hex("1")
, fn()
  return d.crc32c_bytes([-5])
]
  try
    f()
  catch e
    print(e)
// expect: crc32_hex: odd number of hex digits
// expect: crc32_hex: invalid hex digit
// expect: crc32: byte values must be Ints 0..255
// expect: crc32c_hex: odd number of hex digits
// expect: crc32c: byte values must be Ints 0..255
