// Hex.fun included as a namespace.
// env: FUN_LIB_DIR={root}/lib
#include <hex.fun> as hx
print(hx.hex_val("c"), hx.two_hex(171), hx.bytes_to_hex([1, 2]), hx.dec_to_hex(4095), hx.hex_encode("A"), hx.hex_decode("4142"))
// expect: 12 ab 0102 fff 41 AB
