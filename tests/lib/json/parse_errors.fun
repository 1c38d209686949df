// invalid JSON raises a catchable error naming line, column and byte
fun try_parse(text)
  try
    json_parse(text)
    print("accepted")
  catch e
    print(e)
try_parse("[1, 2")    // expect: Runtime error: json_parse: invalid JSON at line 1, column 6 (byte 5): unexpected end of input
try_parse("")         // expect: Runtime error: json_parse: invalid JSON at line 1, column 1 (byte 0): unexpected end of input
try_parse("[1,]")     // expect: Runtime error: json_parse: invalid JSON at line 1, column 4 (byte 3): value expected, found ']'
try_parse("{\"a\":1,\n \"b\" 2}") // expect: Runtime error: json_parse: invalid JSON at line 2, column 6 (byte 13): ':' expected after an object key, found '2'
try_parse("[01]")     // expect: Runtime error: json_parse: invalid JSON at line 1, column 3 (byte 2): leading zero in number, found '1'
try_parse("[1] x")    // expect: Runtime error: json_parse: invalid JSON at line 1, column 5 (byte 4): unexpected text after the JSON value, found 'x'
try_parse("{a:1}")    // expect: Runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): string key expected, found 'a'
try_parse("'x'")      // expect: Runtime error: json_parse: invalid JSON at line 1, column 1 (byte 0): unexpected character, found '''
try_parse("NaN")      // expect: Runtime error: json_parse: invalid JSON at line 1, column 1 (byte 0): unexpected character, found 'N'
try_parse("[Infinity]") // expect: Runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): unexpected character, found 'I'
try_parse("True")     // expect: Runtime error: json_parse: invalid JSON at line 1, column 1 (byte 0): unexpected character, found 'T'
try_parse("[1] // c") // expect: Runtime error: json_parse: invalid JSON at line 1, column 5 (byte 4): unexpected text after the JSON value, found '/'
try_parse("0x10")     // expect: Runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): unexpected text after the JSON value, found 'x'
try_parse("1.")       // expect: Runtime error: json_parse: invalid JSON at line 1, column 3 (byte 2): digit expected after '.', found end of input
try_parse("1e400")    // expect: Runtime error: json_parse: invalid JSON at line 1, column 1 (byte 0): number out of range, found '1'
try_parse("\"a\tb\"") // expect: Runtime error: json_parse: invalid JSON at line 1, column 3 (byte 2): control character in string (must be escaped), found byte 0x09
try_parse("\"\\x41\"") // expect: Runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): invalid escape in string, found '\'
try_parse("\"\\u12\"") // expect: Runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): invalid \u escape (needs 4 hex digits), found '\'
try_parse("\"abc")    // expect: Runtime error: json_parse: invalid JSON at line 1, column 5 (byte 4): unterminated string, found end of input
// no silent truncation at a NUL byte
try_parse("[1]\x00") // expect: Runtime error: json_parse: invalid JSON at line 1, column 4 (byte 3): unexpected text after the JSON value, found byte 0x00
// nesting is bounded by an error, not the C stack
try_parse(repeat("[", 1001) + repeat("]", 1001)) // expect: Runtime error: json_parse: invalid JSON at line 1, column 1001 (byte 1000): nesting deeper than 1000 levels, found '['
try_parse(repeat("{\"a\":", 100000))            // expect: Runtime error: json_parse: invalid JSON at line 1, column 5001 (byte 5000): nesting deeper than 1000 levels, found '{'
try_parse(repeat("[", 1000000))                 // expect: Runtime error: json_parse: invalid JSON at line 1, column 1001 (byte 1000): nesting deeper than 1000 levels, found '['
// the text must be a String
try
  json_parse(42)
catch e
  print(e)   // expect: Runtime type error: json_parse: argument 1 must be a String, got Int
json_parse("{") // expect runtime error: json_parse: invalid JSON at line 1, column 2 (byte 1): unexpected end of input
