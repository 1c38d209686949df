// A line comment at the end of a file without a final newline.
print(1)   // expect: 1
// trailing comment without newline