// Hex.fun raises on bad digits, odd lengths and empty input.
// env: FUN_LIB_DIR={root}/lib
#include <hex.fun>
for f in [fn()
  return byte_from_hex_pair("f")
, fn()
  return byte_from_hex_pair("zz")
, fn()
  return hex_to_bytes("abc")
, fn()
  return hex_to_bytes("0g")
, fn()
  return hex_to_dec("")
, fn()
  return hex_to_dec("12x")
]
  try
    f()
  catch e
    print(e)
// expect: byte_from_hex_pair: expected 2 hex digits, got 'f'
// expect: byte_from_hex_pair: invalid hex digit in 'zz'
// expect: hex_to_bytes: odd number of hex digits
// expect: hex_to_bytes: invalid hex digit at offset 1
// expect: hex_to_dec: empty hex string
// expect: hex_to_dec: invalid hex digit 'x'
