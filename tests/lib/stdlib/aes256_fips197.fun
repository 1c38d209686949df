// env: FUN_LIB_DIR={root}/lib
// FIPS-197 appendix C.3 (AES-256) and NIST SP 800-38A F.1.5 (ECB-AES256)
#include <crypt/aes256.fun>
a = AES256()
k = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
print(a.encrypt_block_hex("00112233445566778899aabbccddeeff", k))
print(a.decrypt_block_hex("8ea2b7ca516745bfeafc49904b496089", k))
k2 = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"
pt = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710"
ct = a.encrypt_ecb_hex(pt, k2)
print(substr(ct, 0, 64))
print(substr(ct, 64, 64))
print(a.decrypt_ecb_hex(ct, k2) == pt)
print(a.encrypt_block_hex("6BC1BEE22E409F96E93D7E117393172A", upper(k2)))
print("[" + a.encrypt_ecb_hex("", k2) + "]")
// expect: 8ea2b7ca516745bfeafc49904b496089
// expect: 00112233445566778899aabbccddeeff
// expect: f3eed1bdb5d2a03c064b5a7e3db181f8591ccb10d410ed26dc5ba74a31362870
// expect: b6ed21b99ca6f4f9f153e7b1beafed1d23304b7a39f9f3ff067d8d8f9e24ecc7
// expect: true
// expect: f3eed1bdb5d2a03c064b5a7e3db181f8
// expect: []
