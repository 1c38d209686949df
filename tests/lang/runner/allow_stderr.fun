// a caught error prints nothing; a test may allow stderr output explicitly
// allow-stderr
print("ok")   // expect: ok
