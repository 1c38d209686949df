// env: FUN_LIB_DIR={root}/lib
// FIPS 180 examples: "abc", the empty string, and the two-block messages
#include <crypt/sha256.fun>
h = SHA256()
print(h.sha256_str("abc"))
print(h.sha256_str(""))
print(h.sha256_str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
print(h.sha256_str("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
// expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// expect: 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
// expect: cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1
