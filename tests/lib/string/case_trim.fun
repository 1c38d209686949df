// upper / lower (ASCII), trim / ltrim / rtrim (ASCII whitespace)
print(upper("Hello, World 1!"))     // expect: HELLO, WORLD 1!
print(lower("Hello, World 1!"))     // expect: hello, world 1!
print(upper("") == "")              // expect: true
print(len(upper("\xe9")))           // expect: 1
print(upper("\xe9") == "\xe9")      // expect: true
print("[" + trim("  a b  ") + "]")  // expect: [a b]
print("[" + ltrim("  a b  ") + "]") // expect: [a b  ]
print("[" + rtrim("  a b  ") + "]") // expect: [  a b]
print("[" + trim("\t\r\n x \n") + "]") // expect: [x]
print("[" + trim("   ") + "]")      // expect: []
print("[" + trim("") + "]")         // expect: []
print("[" + trim("abc") + "]")      // expect: [abc]
print("[" + rtrim("line\r\n") + "]") // expect: [line]
