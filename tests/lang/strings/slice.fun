// S[i:j] slices with omitted and negative bounds.
s = "hello"
print(s[1:3])      // expect: el
print(s[:2])       // expect: he
print(s[2:])       // expect: llo
print(s[-3:])      // expect: llo
print(s[:-1])      // expect: hello
print(s[1:-1])     // expect: ello
print(s[0:100])    // expect: hello
print(s[3:1] == "")    // expect: true
print(s[10:20] == "")  // expect: true
print(s[-100:2])   // expect: he
print(s[:])        // expect: hello
