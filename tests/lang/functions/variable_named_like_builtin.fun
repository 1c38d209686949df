// compat: `len = len("abc")` keeps working; the variable does not shadow the call
len = len("abc")
print(len)           // expect: 3
print(len("ab"))     // expect: 2
