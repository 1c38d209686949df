// The parse error format: FILE:LINE:COL on stderr, exit 1, nothing runs.
print("never runs")
y = = 2   // expect error: expected an expression, got '='
// D23/compat: stderr, exit 1, two lines, nothing runs
// expect stderr: Parse error {file}:3:5: *
// expect stderr: Failed to compile script: {file}
