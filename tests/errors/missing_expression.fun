x = 1 +   // the continuation finds end of file
// expect exit: 1
// expect stderr: Parse error {file}:*
