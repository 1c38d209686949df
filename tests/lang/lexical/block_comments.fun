// Block comments across lines, after statements and between operands.
/* a block comment
   spanning
   several lines */
print("a")
print("b") /* after a statement */
x = 10 /* between operands */ + 5
print(x)
/*
print("hidden")
*/
print("c")
// expect: a
// expect: b
// expect: 15
// expect: c
