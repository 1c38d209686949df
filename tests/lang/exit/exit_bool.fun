// compat: exit with a Boolean (not a number or string) gives 0
exit true
// expect exit: 0
