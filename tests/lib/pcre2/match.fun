// needs: pcre2
// pcre2_match / pcre2_test: the reference's shapes and flags
print(pcre2_match("(a)(b)?", "xa", 0))              // expect: {"full": a, "start": 1, "end": 2, "groups": [a]}
print(pcre2_match("(a)(b)?(c)?", "xac", 0))         // expect: {"full": ac, "start": 1, "end": 3, "groups": [a, , c]}
print(pcre2_match("(?<y>\\d{4})-(\\d\\d)", "on 2025-11 ok", 0))  // expect: {"full": 2025-11, "start": 3, "end": 10, "groups": [2025, 11]}
print(pcre2_match("z", "abc", 0))                   // expect: nil
print(pcre2_test("z", "abc", 0), pcre2_test("b", "abc", 0))  // expect: 0 1
// flags: 1 caseless, 2 multiline, 4 dotall, 8 UTF, 16 extended
print(pcre2_test("ABC", "xabcx", 1), pcre2_test("ABC", "xabcx", 0))  // expect: 1 0
print(pcre2_test("^b", "a\nb", 2), pcre2_test("^b", "a\nb", 0))      // expect: 1 0
print(pcre2_test("a.b", "a\nb", 4), pcre2_test("a.b", "a\nb", 0))    // expect: 1 0
print(pcre2_test("a b", "ab", 16), pcre2_test("a b", "ab", 0))       // expect: 1 0
print(pcre2_test("ABC", "abc", true), pcre2_test("ABC", "abc", 1.0)) // expect: 1 0
print(pcre2_test("ABC", "abc", 1 + 64))                              // expect: 1
// offsets are bytes, end exclusive; UTF mode makes . one character
print(pcre2_match("é", "café", 0))                  // expect: {"full": é, "start": 3, "end": 5, "groups": []}
print(pcre2_match(".", "é", 0)["end"], pcre2_match(".", "é", 8)["end"])  // expect: 1 2
// pattern and text are converted with to_string
print(pcre2_match(123, 51234, 0))                   // expect: {"full": 123, "start": 1, "end": 4, "groups": []}
// binary-safe: NUL bytes in pattern and subject
m = pcre2_match("b\x00c", "ab\x00cd", 0)
print(m["start"], m["end"], len(m["full"]))         // expect: 1 4 3
print(pcre2_test("d$", "ab\x00cd", 0))              // expect: 1
