// note: Int/Float comparisons are exact (Python-like), no rounding of the Int to double
big = 9007199254740993
f = 9007199254740992.0
print(big == f)    // expect: false
print(big > f)     // expect: true
print(9007199254740992 == f)   // expect: true
