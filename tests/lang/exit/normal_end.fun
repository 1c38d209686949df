// A program that reaches its end exits with status 0.
x = 1
// expect exit: 0
