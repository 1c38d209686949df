x = 1
// expect exit: 0
