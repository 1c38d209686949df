/* comment at the very start of the file */ print("start")
print("next")
// expect: start
// expect: next
