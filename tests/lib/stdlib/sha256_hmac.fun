// env: FUN_LIB_DIR={root}/lib
// RFC 4231 test cases 1, 2 and 6 (key longer than the block), plus the
// well-known "quick brown fox" example
#include <crypt/sha256.fun>
h = SHA256()
print(h.hmac_sha256_str(repeat("\x0b", 20), "Hi There"))
print(h.hmac_sha256_str("Jefe", "what do ya want for nothing?"))
print(h.hmac_sha256_str(repeat("\xaa", 131), "Test Using Larger Than Block-Size Key - Hash Key First"))
print(h.hmac_sha256_str("key", "The quick brown fox jumps over the lazy dog"))
// expect: b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7
// expect: 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
// expect: 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54
// expect: f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
