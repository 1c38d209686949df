print("never runs")
y = = 2   // expect error: expected an expression, got '='
// D23/compat: stderr, exit 1, two lines, nothing runs
// expect stderr: Parse error {file}:2:5: *
// expect stderr: Failed to compile script: {file}
