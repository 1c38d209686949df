exit 256
// expect exit: 0
