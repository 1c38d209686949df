// += on a string declared without a value starts from "".
string s
s += "x"
s += "y"
print(s)   // expect: xy
