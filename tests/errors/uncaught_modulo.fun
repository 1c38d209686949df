x = 5 % 0   // expect runtime error: Runtime error: modulo by zero
