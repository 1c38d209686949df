// Base64 of byte Arrays and of binary Strings; decoding skips white space,
// padding optional.
// env: FUN_LIB_DIR={root}/lib
#include <encoding/base64.fun>
print(b64_encode_bytes([0, 255, 254]), b64_encode_bytes([]), b64_encode_bytes([251, 255]))
print(b64_decode_to_bytes("AP/+"), b64_decode_to_bytes(""), b64_decode_to_bytes("+/8="))
print(b64_encode("\x00\x00\x00"), len(b64_decode("AAAA")))
// whitespace is skipped, padding is optional
print(b64_decode("Zm9v\r\nYmFy"), b64_decode(" Zm9vYg "), b64_decode("Zm9vYg"), b64_decode("Zm8"))
all = ""
for i in range(0, 256)
  all += chr(i)
print(b64_decode(b64_encode(all)) == all, len(b64_encode(all)))
// expect: AP/+  +/8=
// expect: [0, 255, 254] [] [251, 255]
// expect: AAAA 3
// expect: foobar foob foob fo
// expect: true 344
