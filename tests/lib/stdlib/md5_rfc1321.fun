// env: FUN_LIB_DIR={root}/lib
// RFC 1321 appendix A.5 test suite
#include <crypt/md5.fun>
m = MD5()
print(m.md5_str(""))
print(m.md5_str("a"))
print(m.md5_str("abc"))
print(m.md5_str("message digest"))
print(m.md5_str("abcdefghijklmnopqrstuvwxyz"))
print(m.md5_str("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
print(m.md5_str("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))
// expect: d41d8cd98f00b204e9800998ecf8427e
// expect: 0cc175b9c0f1b6a831c399e269772661
// expect: 900150983cd24fb0d6963f7d28e17f72
// expect: f96b697d7cb7938d525a2f31aaf161d0
// expect: c3fcd3d76192e4007dfb496cca67e13b
// expect: d174ab98d277d9f5a5611c2c9f419d9f
// expect: 57edf4a22be3c955ac49da2e2107b67a
