// SHA1 rejects bad hex input and out-of-range bytes.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha1.fun>
h = SHA1()
try
  h.sha1_hex("abc")
catch e
  print(e)
try
  h.sha1_hex("0x")
catch e
  print(e)
try
  h.sha1_bytes([-1])
catch e
  print(e)
// expect: sha1_hex: odd number of hex digits
// expect: sha1_hex: invalid hex digit
// expect: sha1: byte values must be Ints 0..255
