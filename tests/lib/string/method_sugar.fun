// x.f(args) on a String calls the builtin f(x, args)
print("a,b".split(","))             // expect: [a, b]
print("  hi ".trim())               // expect: hi
print("abc".upper())                // expect: ABC
print("hello".find("l"))            // expect: 2
print("hello".starts_with("he"))    // expect: true
print(["x", "y"].join("/"))         // expect: x/y
print("ab".repeat(2))               // expect: abab
