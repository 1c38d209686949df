exit nil
// expect exit: 0
