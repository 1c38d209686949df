exit 300
// expect exit: 44
