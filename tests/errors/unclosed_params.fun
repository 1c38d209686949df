x = 1
print(x)
fun f(
// expect exit: 1
// expect stderr: Parse error {file}:*
