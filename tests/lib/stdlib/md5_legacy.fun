// crypt/md5_legacy.fun: function-style MD5 (RFC 1321 vectors)
#include <crypt/md5_legacy.fun>
print(md5_legacy_str(""))      // expect: d41d8cd98f00b204e9800998ecf8427e
print(md5_legacy_str("abc"))   // expect: 900150983cd24fb0d6963f7d28e17f72
print(md5_legacy_str("message digest"))   // expect: f96b697d7cb7938d525a2f31aaf161d0
print(md5_legacy_hex("616263"))   // expect: 900150983cd24fb0d6963f7d28e17f72
d = md5_legacy_bytes([97, 98, 99])
print(len(d), d[0], d[15])     // expect: 16 144 114
