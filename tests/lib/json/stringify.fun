// json_stringify: compact by default, every Fun data type
print(json_stringify([nil, true, false, 0, -5, "s", [], {}]))  // expect: [null,true,false,0,-5,"s",[],{}]
m = {}
m["z"] = 1
m["a"] = [1, {"b": nil}]
print(json_stringify(m))                    // expect: {"z":1,"a":[1,{"b":null}]}
print(json_stringify(m, false))             // expect: {"z":1,"a":[1,{"b":null}]}
print(json_stringify(m, 0))                 // expect: {"z":1,"a":[1,{"b":null}]}
print(json_stringify(42), json_stringify(nil), json_stringify("x")) // expect: 42 null "x"
// Ints exactly, Floats by the shortest text that reads back, always as a Float
print(json_stringify([9223372036854775807, 9007199254740993]))  // expect: [9223372036854775807,9007199254740993]
print(json_stringify([2.0, 0.1, 1e20, 1e300, 123456789.0, -0.0, 0.5e-323, 1.7976931348623157e308]))
// expect: [2.0,0.1,1e+20,1e+300,123456789.0,-0.0,5e-324,1.7976931348623157e+308]
print(json_stringify(1.0 / 3.0))            // expect: 0.3333333333333333
f = json_parse(json_stringify(0.1 + 0.2))
print(f == 0.1 + 0.2, typeof(f))            // expect: true Float
print(typeof(json_parse(json_stringify(3.0))))  // expect: Float
// strings: JSON escapes, other control bytes as \u00XX, the rest as they are
print(json_stringify("a\"b\\c\n\t\r/é"))   // expect: "a\"b\\c\n\t\r/é"
print(json_stringify("\x00\x01\x1f\x08\x0c")) // expect: "\u0000\u0001\u001f\b\f"
print(json_stringify("\x7f\xc3\xa9\xff") == "\"\x7f\xc3\xa9\xff\"")   // expect: true
s = "nul\x00byte\xff"
print(json_parse(json_stringify(s)) == s)   // expect: true
// a class instance is written as an object of its fields
class P(x, y)
  fun sum(this)
    return this.x + this.y
print(json_stringify(P(1, [2])))            // expect: {"x":1,"y":[2]}
