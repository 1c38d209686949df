// json_parse strings: escapes, \u escapes (surrogate pairs joined), bytes kept
print(json_parse("\"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\"") == "a\"b\\c/d\n\t\r\x08\x0c")  // expect: true
print(json_parse("\"\\u0041\\u00e9\\u20AC\""))             // expect: Aé€
print(json_parse("\"\\ud83d\\ude00\"") == "\xf0\x9f\x98\x80") // expect: true
print(len(json_parse("\"\\ud83d\\ude00\"")))                // expect: 4
// binary-safe: \u0000 is a NUL byte inside the String, not its end
s = json_parse("\"a\\u0000b\"")
print(len(s), ord(s, 1), substr(s, 2, 1))                   // expect: 3 0 b
// a lone surrogate keeps its 3-byte form
print(json_parse("\"\\ud800\"") == "\xed\xa0\x80")          // expect: true
// raw UTF-8 and other bytes pass through unchanged
print(json_parse("\"caf\xc3\xa9\"") == "caf\xc3\xa9")       // expect: true
print(len(json_parse("\"\xff\xfe\"")))                      // expect: 2
// keys are unescaped too
print(keys(json_parse("{\"\\u006b\": 1}")))                 // expect: [k]
