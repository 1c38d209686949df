// Exit nil gives status 0.
exit nil
// expect exit: 0
