// Exit 0 after output: status 0, output kept.
print("ok")
exit 0
// expect: ok
