// AES256 ECB encryption decrypts back to the plaintext; equal blocks encrypt
// equally.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/aes256.fun>
a = AES256()
k = "ff" + repeat("00", 30) + "01"
fun two(n)
  d = "0123456789abcdef"
  n = n % 256
  return d[n / 16] + d[n % 16]

data = ""
for i in range(0, 64)
  data += two(i * 37)
c = a.encrypt_ecb_hex(data, k)
print(len(c), c != data, a.decrypt_ecb_hex(c, k) == data)
// identical plaintext blocks give identical ciphertext blocks in ECB
z = a.encrypt_ecb_hex(repeat("00", 32), k)
print(substr(z, 0, 32) == substr(z, 32, 32))
print(a.decrypt_block_hex(a.encrypt_block_hex(repeat("ab", 16), k), k))
// expect: 128 true true
// expect: true
// expect: abababababababababababababababab
