// An unclosed parenthesis is a parse error, exit 1, nothing runs.
print((1 + 2)
print("x")
// expect exit: 1
// expect stderr: Parse error {file}:*
