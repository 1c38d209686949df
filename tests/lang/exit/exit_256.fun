// Exit 256 wraps to status 0.
exit 256
// expect exit: 0
