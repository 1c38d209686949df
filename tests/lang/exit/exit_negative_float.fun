// compat: Float truncated toward zero, then & 255
exit -1.5
// expect exit: 255
