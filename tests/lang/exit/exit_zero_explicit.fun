print("ok")
exit 0
// expect: ok
