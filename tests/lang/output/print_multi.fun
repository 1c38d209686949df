// Print joins its arguments with spaces; print() prints an empty line.
print(1, "a", [2], nil)   // expect: 1 a [2] nil
print()                   // expect:
print("x")                // expect: x
print("a", "")            // expect: a 
