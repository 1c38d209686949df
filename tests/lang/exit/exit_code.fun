print("before")
exit 3
print("not reached")
// expect: before
// expect exit: 3
