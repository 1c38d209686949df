// env: FUN_LIB_DIR={root}/lib
// FIPS 180 examples: "abc", the empty string, and the two-block messages
#include <crypt/sha384.fun>
h = SHA384()
print(h.sha384_str("abc"))
print(h.sha384_str(""))
print(h.sha384_str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
print(h.sha384_str("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"))
// expect: cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// expect: 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
// expect: 3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b
// expect: 09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039
