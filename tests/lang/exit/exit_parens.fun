// Exit(7) with parentheses.
exit(7)
// expect exit: 7
