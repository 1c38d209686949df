exit "7"
// expect exit: 7
