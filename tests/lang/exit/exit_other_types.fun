// compat: exit with a non-number, non-string value gives 0
print("x")
exit [5]
// expect: x
