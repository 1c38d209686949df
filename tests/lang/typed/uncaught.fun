print("start")
number n = "five"
print("not reached")
// expect: start
// expect runtime error: TypeError: expected Number
