// env: FUN_LIB_DIR={root}/lib
// FIPS 180 examples: "abc", the empty string, and the two-block messages
#include <crypt/sha1.fun>
h = SHA1()
print(h.sha1_str("abc"))
print(h.sha1_str(""))
print(h.sha1_str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
print(h.sha1_str("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
// expect: a9993e364706816aba3e25717850c26c9cd0d89d
// expect: da39a3ee5e6b4b0d3255bfef95601890afd80709
// expect: 84983e441c3bd26ebaae4aa1f95129e5e54670f1
// expect: a49b2446a02c645bf419f995b67091253a04a259
