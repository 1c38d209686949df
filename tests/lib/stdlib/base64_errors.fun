// B64_decode raises on characters and lengths that are not base64.
// env: FUN_LIB_DIR={root}/lib
#include <encoding/base64.fun>
for bad in ["Zm9v!", "Z", "Zg=x", "Zg===", "=Zg", "-_", "Zm9vY"]
  try
    b64_decode(bad)
    print("no error for", bad)
  catch e
    print(e)
try
  b64_decode_to_bytes("A")
catch e
  print(e)
// expect: b64_decode: invalid character at offset 4
// expect: b64_decode: truncated input
// expect: b64_decode: data after padding
// expect: b64_decode: bad padding
// expect: b64_decode: data after padding
// expect: b64_decode: invalid character at offset 0
// expect: b64_decode: truncated input
// expect: b64_decode: truncated input
