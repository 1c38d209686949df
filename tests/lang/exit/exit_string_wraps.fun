// a String exit code is parsed, then taken & 255
exit "300"
// expect exit: 44
