// An uncaught builtin error stops the program with exit 1
print("before")                     // expect: before
x = substr("abc", "0", 1)           // expect runtime error: Runtime type error: substr: argument 2 must be an Int, got String
print("not reached")
