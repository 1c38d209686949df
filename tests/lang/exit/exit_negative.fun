exit -1
// expect exit: 255
