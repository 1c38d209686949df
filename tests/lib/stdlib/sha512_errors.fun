// SHA512 rejects bad hex input and out-of-range bytes.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha512.fun>
h = SHA512()
try
  h.sha512_hex("abc")
catch e
  print(e)
try
  h.sha512_hex("0x")
catch e
  print(e)
try
  h.sha512_bytes([-1])
catch e
  print(e)
// expect: sha512_hex: odd number of hex digits
// expect: sha512_hex: invalid hex digit
// expect: sha512: byte values must be Ints 0..255
