// input(): one line of stdin, \n and \r\n stripped, nil at end of input
// stdin: first line
// stdin: second line
// stdin:
// stdin: last
a = input()
print("[" + a + "]")                // expect: [first line]
b = input()
print("[" + b + "]")                // expect: [second line]
c = input()
print(c == "", typeof(c))           // expect: true String
d = input()
print(d)                            // expect: last
print(input())                      // expect: nil
print(input() == nil)               // expect: true
