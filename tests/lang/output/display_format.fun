// The display text of every kind of value as print shows it.
print(42)            // expect: 42
print(-7)            // expect: -7
print(true)          // expect: true
print(false)         // expect: false
print(nil)           // expect: nil
print("raw\ttab")    // expect: raw	tab
print([])            // expect: []
print({})            // expect: {}
print([1, "two", 3.5, [nil, false], {}])   // expect: [1, two, 3.5, [nil, false], {}]
print({"k": "v", "n": [1, {"z": nil}]})    // expect: {"k": v, "n": [1, {"z": nil}]}
print(["a b", ""])   // expect: [a b, ]
print({"q": "\"quoted\""})   // expect: {"q": "quoted"}
