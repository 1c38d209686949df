// A parameter list left open at the end of the file is a parse error, exit 1.
x = 1
print(x)
fun f(
// expect exit: 1
// expect stderr: Parse error {file}:*
