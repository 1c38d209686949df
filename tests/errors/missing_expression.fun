// A binary operator at the end of the file is a parse error, exit 1.
x = 1 +   // the continuation finds end of file
// expect exit: 1
// expect stderr: Parse error {file}:*
