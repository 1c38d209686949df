// compat: a Float exit code is truncated
exit 2.9
// expect exit: 2
