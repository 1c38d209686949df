// SHA256 rejects bad hex input and out-of-range bytes.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha256.fun>
h = SHA256()
try
  h.sha256_hex("abc")
catch e
  print(e)
try
  h.sha256_hex("0x")
catch e
  print(e)
try
  h.sha256_bytes([-1])
catch e
  print(e)
// expect: sha256_hex: odd number of hex digits
// expect: sha256_hex: invalid hex digit
// expect: sha256: byte values must be Ints 0..255
