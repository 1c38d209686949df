// SHA1 of the same bytes given as a String, as hex and as a byte Array.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha1.fun>
fun hex_decode_local(hex)
  d = "0123456789abcdef"
  out = ""
  i = 0
  while i < len(hex)
    out += chr(find(d, hex[i]) * 16 + find(d, hex[i + 1]))
    i += 2
  return out

h = SHA1()
print(h.sha1_hex("616263") == h.sha1_str("abc"), h.sha1_hex("") == h.sha1_str(""))
print(h.sha1_bytes_hex([97, 98, 99]) == h.sha1_str("abc"), h.sha1_hex("00FF") == h.sha1_bytes_hex([0, 255]))
// D30a: sha1_bytes returns the digest as an Array of byte Ints
d = h.sha1_bytes([97, 98, 99])
print(typeof(d), typeof(d[0]), h._to_hex(d) == h.sha1_str("abc"))
r = h.sha1_raw("abc")
print(len(r), r == hex_decode_local(h.sha1_str("abc")))
// padding boundaries
for n in [55, 56, 63, 64, 111, 112, 127, 128, 129]
  print(n, h.sha1_str(repeat("a", n)))
print(h.sha1_str("\x00\x01\xfe\xff"))
// expect: true true
// expect: true true
// expect: Array Number true
// expect: 20 true
// expect: 55 c1c8bbdc22796e28c0e15163d20899b65621d65a
// expect: 56 c2db330f6083854c99d4b5bfb6e8f29f201be699
// expect: 63 03f09f5b158a7a8cdad920bddc29b81c18a551f5
// expect: 64 0098ba824b5c16427bd7a1122a5a442a25ec644d
// expect: 111 ac877859d427d9192054eea8feb3b8a403ef83a5
// expect: 112 689993727ba37386bb032495e9dbdfb4dd1ba744
// expect: 127 89d95fa32ed44a7c610b7ee38517ddf57e0bb975
// expect: 128 ad5b3fdbcb526778c2839d2f151ea753995e26a0
// expect: 129 d96debf1bdcbc896e6c134ea76e8141f40d78536
// expect: 302c1f256c8e9ebb5edf0822b473d0cd3d2ce84c
