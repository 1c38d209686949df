// json_parse: every JSON type to the matching Fun value
v = json_parse("[null, true, false, 0, -0, 42, -17, 1.5, -2.25e2, 1E3, 1e-2, \"s\", [], {}]")
for x in v
  print(typeof(x), x)
// expect: Nil nil
// expect: Boolean true
// expect: Boolean false
// expect: Number 0
// expect: Number 0
// expect: Number 42
// expect: Number -17
// expect: Float 1.5
// expect: Float -225
// expect: Float 1000
// expect: Float 0.01
// expect: String s
// expect: Array []
// expect: Map {}
// top-level scalars need no trailing whitespace
print(json_parse("42"), json_parse("1.0"), json_parse("true"), json_parse("\"x\""))  // expect: 42 1 true x
print(json_parse("null") == nil)        // expect: true
print(json_parse(" \t\r\n[1] \n"))      // expect: [1]
// Ints are exact up to the int64 limits, beyond 2^53
print(json_parse("9007199254740993"))   // expect: 9007199254740993
print(json_parse("9223372036854775807")) // expect: 9223372036854775807
print(json_parse("-9223372036854775808")) // expect: -9223372036854775808
print(json_parse("[9007199254740993]")[0] - 9007199254740992) // expect: 1
// an integer beyond int64 becomes the nearest Float
x = json_parse("9223372036854775808")
print(typeof(x), x == 9223372036854775807.0)  // expect: Float true
print(json_parse("-123456789012345678901234567890")) // expect: -1.2345678901234568e+29
// Floats read correctly rounded
print(json_parse("0.1") + json_parse("0.2"))   // expect: 0.30000000000000004
print(json_parse("2.2250738585072014e-308"))   // expect: 2.2250738585072014e-308
print(json_parse("1e-400"))                     // expect: 0
print(json_parse("1.7976931348623157e308"))    // expect: 1.7976931348623157e+308
// objects keep text order; a duplicate key keeps its first place, last value
m = json_parse("{\"z\": 1, \"a\": 2, \"m\": {\"y\": [1, {\"k\": null}]}}")
print(keys(m))                                  // expect: [z, a, m]
print(m["m"]["y"][1])                           // expect: {"k": nil}
print(json_parse("{\"a\":1,\"b\":2,\"a\":3}"))  // expect: {"a": 3, "b": 2}
print(json_parse("{\"\":0}")[""])               // expect: 0
// deep but within the limit
deep = json_parse(repeat("[", 1000) + repeat("]", 1000))
n = 0
while len(deep) > 0
  deep = deep[0]
  n = n + 1
print(n)                                        // expect: 999
