// Exit "7" converts the String to the status.
exit "7"
// expect exit: 7
