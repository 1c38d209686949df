// The URL-safe base64 alphabet (- and _), padding optional.
// env: FUN_LIB_DIR={root}/lib
#include <encoding/base64.fun>
print(b64url_encode("\xfb\xff\xbf"), b64_encode("\xfb\xff\xbf"))
print(b64url_encode("fo"), b64url_decode("Zm8"), b64url_decode("Zm8="))
print(b64url_decode("-_-_") == "\xfb\xff\xbf")
try
  b64url_decode("a+b/")
catch e
  print(e)
// expect: -_-_ +/+/
// expect: Zm8 fo fo
// expect: true
// expect: b64url_decode: invalid character at offset 1
