// D15: keys are byte strings, NUL included
m = {}
m["a\0b"] = 1
m["a\0c"] = 2
m["a"] = 3
print(len(m))           // expect: 3
print(m["a\0b"])        // expect: 1
print(m["a\0c"])        // expect: 2
print(m["a"])           // expect: 3
