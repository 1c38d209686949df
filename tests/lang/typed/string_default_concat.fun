string s
s += "x"
s += "y"
print(s)   // expect: xy
