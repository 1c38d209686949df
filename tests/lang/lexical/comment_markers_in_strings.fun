// // and /* inside string literals are text, not comments.
print("a // b")
print("/* not a comment */")
print('x /* y')
// expect: a // b
// expect: /* not a comment */
// expect: x /* y
