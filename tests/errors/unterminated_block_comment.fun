// An unterminated /* comment is reported at its opening /*
x = 1
  /* opened here
z = 2

w = 3
// expect stderr: Parse error {file}:3:3: unterminated /* comment
// expect exit: 1
