x = 1; y = 2   // expect error: unexpected ';': one statement per line
