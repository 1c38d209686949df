// MD5 rejects bad hex input and out-of-range bytes.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/md5.fun>
m = MD5()
try
  m.md5_hex("abc")
catch e
  print(e)
try
  m.md5_hex("zz")
catch e
  print(e)
try
  m.md5_bytes([1, 256])
catch e
  print(e)
try
  m.md5_bytes(["a"])
catch e
  print(e)
// expect: md5_hex: odd number of hex digits
// expect: md5_hex: invalid hex digit
// expect: md5: byte values must be Ints 0..255
// expect: md5: byte values must be Ints 0..255
