// to_number(v): never fails; Int or Float
print(to_number(42))                // expect: 42
print(to_number("42"))              // expect: 42
print(typeof(to_number("42")))      // expect: Number
print(to_number(" -17 "))           // expect: -17
print(to_number("+5"))              // expect: 5
print(to_number("3.5"))             // expect: 3.5
print(typeof(to_number("3.5")))     // expect: Float
print(to_number("1e3"))             // expect: 1000
print(typeof(to_number("1e3")))     // expect: Number
print(to_number("2.0"))             // expect: 2
print(typeof(to_number("2.0")))     // expect: Number
print(to_number("0x10"))            // expect: 16
print(to_number("-0x10"))           // expect: -16
print(to_number("inf"))             // expect: inf
print(to_number("-inf"))            // expect: -inf
print(to_number("nan"))             // expect: nan
print(to_number("9223372036854775807")) // expect: 9223372036854775807
print(to_number("-9223372036854775808")) // expect: -9223372036854775808
print(to_number("9007199254740993")) // expect: 9007199254740993
print(to_number("99999999999999999999")) // expect: 1e+20
print(to_number("017"))             // expect: 17
print(to_number(".5"))              // expect: 0.5
print(to_number("\t12\n"))          // expect: 12
// not numbers: 0
print(to_number("abc"))             // expect: 0
print(to_number("12abc"))           // expect: 0
print(to_number(""))                // expect: 0
print(to_number("   "))             // expect: 0
print(to_number("1 2"))             // expect: 0
print(to_number("0x"))              // expect: 0
print(to_number("1\x002"))          // expect: 0
print(to_number(nil))               // expect: 0
print(to_number([1]))               // expect: 0
print(to_number({"a": 1}))          // expect: 0
print(to_number(len))               // expect: 0
// Floats: integral ones become Ints
print(to_number(2.0), typeof(to_number(2.0))) // expect: 2 Number
print(to_number(2.5))               // expect: 2.5
print(to_number(-0.0), typeof(to_number(-0.0))) // expect: 0 Number
print(typeof(to_number(1e300)))     // expect: Float
// Booleans
print(to_number(true), to_number(false)) // expect: 1 0
