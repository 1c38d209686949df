// D10: to_string uses the print text
print(to_string([1, "a"]))          // expect: [1, a]
print(to_string({"k": [1, 2]}))     // expect: {"k": [1, 2]}
print(to_string(12) + "x")          // expect: 12x
print(to_string(2.5))               // expect: 2.5
print(to_string(nil))               // expect: nil
print(to_string(true))              // expect: true
print(to_string("s"))               // expect: s
print(len(to_string([1, 2])))       // expect: 6
print(typeof(to_string([])))        // expect: String
