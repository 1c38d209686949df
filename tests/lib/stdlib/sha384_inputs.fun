// SHA384 of the same bytes given as a String, as hex and as a byte Array.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha384.fun>
fun hex_decode_local(hex)
  d = "0123456789abcdef"
  out = ""
  i = 0
  while i < len(hex)
    out += chr(find(d, hex[i]) * 16 + find(d, hex[i + 1]))
    i += 2
  return out

h = SHA384()
print(h.sha384_hex("616263") == h.sha384_str("abc"), h.sha384_hex("") == h.sha384_str(""))
print(h.sha384_bytes_hex([97, 98, 99]) == h.sha384_str("abc"), h.sha384_hex("00FF") == h.sha384_bytes_hex([0, 255]))
// D30a: sha384_bytes returns the digest as an Array of byte Ints
d = h.sha384_bytes([97, 98, 99])
print(typeof(d), typeof(d[0]), h._to_hex(d) == h.sha384_str("abc"))
r = h.sha384_raw("abc")
print(len(r), r == hex_decode_local(h.sha384_str("abc")))
// padding boundaries
for n in [55, 56, 63, 64, 111, 112, 127, 128, 129]
  print(n, h.sha384_str(repeat("a", n)))
print(h.sha384_str("\x00\x01\xfe\xff"))
// expect: true true
// expect: true true
// expect: Array Number true
// expect: 48 true
// expect: 55 5d91ac7e74e62b5c728904b40f10784d66b7af9cb6302123e48c92f0432ceb8d2a92c02de77dcb29ed75c4b42bde46f4
// expect: 56 8a8d9649ea04e993a6ca7135af7e3392cc5fca84f8531cac7aa3feed4eb98f55dcbe0f3284b61c6f35f98b02cc644b4c
// expect: 63 7e7f097e95b52bb8f53383450ecaf9868187c130981730c03b6d573adfc0b991e365244e5b4bfa082bfb43c517d37120
// expect: 64 2e404b9339da795776e510d96930b3be2904c500395b8cb7413334b82d4dec413b4b8113045a05bbbcff846f027423f6
// expect: 111 3c37955051cb5c3026f94d551d5b5e2ac38d572ae4e07172085fed81f8466b8f90dc23a8ffcdea0b8d8e58e8fdacc80a
// expect: 112 187d4e07cb306103c69967bf544d0dfbe9042577599c73c330abc0cb64c61236d5ed565ee19119d8c31779a38f791fcd
// expect: 127 9bd06b1763c2cf7aef40e795dc65bc96d59c41b537f3ad72ebdefd485476b5717c1aeb37c327fe9c1831b12b9efd08ae
// expect: 128 edb12730a366098b3b2beac75a3bef1b0969b15c48e2163c23d96994f8d1bef760c7e27f3c464d3829f56c0d53808b0b
// expect: 129 39b6f5a7b0e781dbc419f72e49b30eaac10f2c98c4403bc610da31067fd1b48f324138c8615d2b496d08d73d5e865326
// expect: c543927c06b72c3ac13d899b70daa6cbf224a5003429ec6c36d69b88d53ed39a11f75ad0bb667dd5ed504921c907c25a
