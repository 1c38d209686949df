// Exit N ends the program with status N; later code does not run.
print("before")
exit 3
print("not reached")
// expect: before
// expect exit: 3
