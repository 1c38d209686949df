// The reference's openssl digest builtins: lowercase hex of str(data) up to
// its first NUL (extensions.md section 4).
// needs: openssl
print(openssl_md5("abc"))         // expect: 900150983cd24fb0d6963f7d28e17f72
print(openssl_md5(""))            // expect: d41d8cd98f00b204e9800998ecf8427e
print(openssl_sha256("abc"))      // expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
print(openssl_sha256(""))         // expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
print(openssl_sha512("abc"))      // expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
print(openssl_ripemd160("abc"))   // expect: 8eb208f7e05d987a9b044a8e98c6b087f15a0bfc
print(openssl_ripemd160(""))      // expect: 9c1185a5c5e9fc54612808977ee8f548b2258d31
print(len(openssl_sha512("x")), len(openssl_ripemd160("x")))   // expect: 128 40
// other values hash their to_string text
print(openssl_md5(42) == openssl_md5("42"))                // expect: true
print(openssl_md5(nil) == openssl_md5("nil"))              // expect: true
print(openssl_sha256([1, 2]) == openssl_sha256(to_string([1, 2])))   // expect: true
// bytes from 0x80 up are hashed as they are; a NUL ends the data
print(openssl_md5(chr(200) + chr(255)))                    // expect: 845f17c71a2c261309cec2beca57d92f
print(openssl_md5("abc" + chr(0) + "def") == openssl_md5("abc"))   // expect: true
