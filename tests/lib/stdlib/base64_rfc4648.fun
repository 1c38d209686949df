// env: FUN_LIB_DIR={root}/lib
// RFC 4648 section 10 test vectors
#include <encoding/base64.fun>
for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"]
  e = b64_encode(s)
  print("[" + e + "]", b64_decode(e) == s)
// expect: [] true
// expect: [Zg==] true
// expect: [Zm8=] true
// expect: [Zm9v] true
// expect: [Zm9vYg==] true
// expect: [Zm9vYmE=] true
// expect: [Zm9vYmFy] true
