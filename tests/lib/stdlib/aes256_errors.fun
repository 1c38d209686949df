// AES256 rejects blocks and keys of the wrong length or with bad hex digits.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/aes256.fun>
a = AES256()
k = repeat("00", 32)
for f in [fn()
  return a.encrypt_block_hex("00", k)
, fn()
  return a.encrypt_block_hex(repeat("00", 16), "0011")
, fn()
  return a.encrypt_ecb_hex(repeat("00", 17), k)
, fn()
  return a.decrypt_ecb_hex("zz", k)
, fn()
  return a.decrypt_block_hex(repeat("00", 16), "xyz")
, fn()
  return a.encrypt_block_hex(nil, k)
]
  try
    f()
  catch e
    print(e)
// expect: aes256: plaintext must be 16 bytes (32 hex digits), got 1
// expect: aes256: key must be 32 bytes (64 hex digits), got 2
// expect: aes256: plaintext length must be a multiple of 16 bytes, got 17
// expect: aes256: invalid hex digit in ciphertext
// expect: aes256: key must be a hex string of even length
// expect: aes256: plaintext must be a hex string of even length
