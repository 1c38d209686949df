// SHA512 of the same bytes given as a String, as hex and as a byte Array.
// env: FUN_LIB_DIR={root}/lib
#include <crypt/sha512.fun>
fun hex_decode_local(hex)
  d = "0123456789abcdef"
  out = ""
  i = 0
  while i < len(hex)
    out += chr(find(d, hex[i]) * 16 + find(d, hex[i + 1]))
    i += 2
  return out

h = SHA512()
print(h.sha512_hex("616263") == h.sha512_str("abc"), h.sha512_hex("") == h.sha512_str(""))
print(h.sha512_bytes_hex([97, 98, 99]) == h.sha512_str("abc"), h.sha512_hex("00FF") == h.sha512_bytes_hex([0, 255]))
// D30a: sha512_bytes returns the digest as an Array of byte Ints
d = h.sha512_bytes([97, 98, 99])
print(typeof(d), typeof(d[0]), h._to_hex(d) == h.sha512_str("abc"))
r = h.sha512_raw("abc")
print(len(r), r == hex_decode_local(h.sha512_str("abc")))
// padding boundaries
for n in [55, 56, 63, 64, 111, 112, 127, 128, 129]
  print(n, h.sha512_str(repeat("a", n)))
print(h.sha512_str("\x00\x01\xfe\xff"))
// expect: true true
// expect: true true
// expect: Array Number true
// expect: 64 true
// expect: 55 b0220c772cbf6c1822e2cb38a437d0e1d58772417a4bbb21c961364f8b6143e05aa6316dca8d1d7b19e16448419076395f6086cb55101fbd6d5497b148e1745f
// expect: 56 962b64aae357d2a4fee3ded8b539bdc9d325081822b0bfc55583133aab44f18bafe11d72a7ae16c79ce2ba620ae2242d5144809161945f1367f41b3972e26e04
// expect: 63 c1b0f5c6d3b03dfe4a2602e67242f54e344090b66e01100a469b129f583f016c7e27dddeaa438393dcc7ec54b0b57c9ba7af007f9b56db5f6fb677d972a31362
// expect: 64 01d35c10c6c38c2dcf48f7eebb3235fb5ad74a65ec4cd016e2354c637a8fb49b695ef3c1d6f7ae4cd74d78cc9c9bcac9d4f23a73019998a7f73038a5c9b2dbde
// expect: 111 fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2
// expect: 112 c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca
// expect: 127 828613968b501dc00a97e08c73b118aa8876c26b8aac93df128502ab360f91bab50a51e088769a5c1eff4782ace147dce3642554199876374291f5d921629502
// expect: 128 b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321
// expect: 129 4f681e0bd53cda4b5a2041cc8a06f2eabde44fb16c951fbd5b87702f07aeab611565b19c47fde30587177ebb852e3971bbd8d3fd30da18d71037dfbd98420429
// expect: 4be83ccadf8eac0eae59651f3c2eb4a60342235ee1bd08366f3b2a40bd045c5910e69380c53454090c243965b1571eab2760663d9c52f291f9be20d82e4dc45a
