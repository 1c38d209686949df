// An unterminated string is reported at its opening quote (line and column),
// not where the file ends
x = 1
y = "opened here and never closed
z = 2
w = 3
// expect exit: 1
// expect stderr: Parse error {file}:4:5: unterminated string literal
