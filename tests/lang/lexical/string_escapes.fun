// String escapes: \t \n \\ \" \'.
print("a\tb")            // expect: a	b
print("line1\nline2")
// expect: line1
// expect: line2
print("back\\slash")    // expect: back\slash
print("q\"q")            // expect: q"q
print('q\'q')            // expect: q'q
print(len("\r"))         // expect: 1
print(len("\n\t\\"))    // expect: 3
