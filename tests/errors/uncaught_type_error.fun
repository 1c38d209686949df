// Adding a String and an Int uncaught: the type error text.
print("a" + 1)   // expect runtime error: Runtime type error: ADD expects both numbers, both strings, or both arrays, got string and int
