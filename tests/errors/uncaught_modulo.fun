// Modulo by zero uncaught: the runtime error and its line.
x = 5 % 0   // expect runtime error: Runtime error: modulo by zero
