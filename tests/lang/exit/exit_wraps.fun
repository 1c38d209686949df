// Exit 300 wraps to status 44.
exit 300
// expect exit: 44
