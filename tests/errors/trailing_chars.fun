x = 1 2   // expect error: unexpected '2' at end of statement
