// Hex.fun conversions between digits, bytes, Strings and numbers.
// env: FUN_LIB_DIR={root}/lib
#include <hex.fun>
print(hex_val("0"), hex_val("9"), hex_val("a"), hex_val("F"), hex_val("g"), hex_val(""), hex_val("ab"))
print(byte_from_hex_pair("ff"), byte_from_hex_pair("0A"), byte_from_hex_pair("7f"))
print(hex_to_bytes("00ff10Ab"), hex_to_bytes(""))
print(two_hex(0), two_hex(10), two_hex(255), two_hex(256 + 17))
print(bytes_to_hex([0, 255, 16, 171]), "[" + bytes_to_hex([]) + "]")
print(hex_to_dec("ff"), hex_to_dec("0x10"), hex_to_dec("DEADBEEF"), hex_to_dec("7fffffffffffffff"), hex_to_dec("ffffffffffffffff"))
print(dec_to_hex(255), dec_to_hex(0), dec_to_hex(4096), dec_to_hex(3735928559), dec_to_hex(-1), dec_to_hex(-256))
print(hex_encode("AB\x00\xff"), hex_decode("414243") , len(hex_decode("00ff")))
// expect: 0 9 10 15 -1 -1 -1
// expect: 255 10 127
// expect: [0, 255, 16, 171] []
// expect: 00 0a ff 11
// expect: 00ff10ab []
// expect: 255 16 3735928559 9223372036854775807 -1
// expect: ff 0 1000 deadbeef ffffffffffffffff ffffffffffffff00
// expect: 414200ff ABC 2
