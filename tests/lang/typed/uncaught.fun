// A value of the wrong type for a typed declaration, uncaught: message and
// exit.
print("start")
number n = "five"
print("not reached")
// expect: start
// expect runtime error: TypeError: expected Number
