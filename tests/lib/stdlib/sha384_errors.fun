// SHA384 rejects bad hex input and out-of-range bytes with sha384 messages.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha384.fun>
h = SHA384()
try
  h.sha384_hex("abc")
catch e
  print(e)
try
  h.sha384_hex("0x")
catch e
  print(e)
try
  h.sha384_bytes([-1])
catch e
  print(e)
// expect: sha384_hex: odd number of hex digits
// expect: sha384_hex: invalid hex digit
// expect: sha384: byte values must be Ints 0..255
