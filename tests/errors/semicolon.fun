// A semicolon between statements is a compile error (one statement per line).
x = 1; y = 2   // expect error: unexpected ';': one statement per line
