// Strings are immutable: s[i] = x raises, + makes a new String.
s = "abc"
try
  s[0] = "x"
  print("assigned?")
catch e
  print("error")   // expect: error
print(s)           // expect: abc
t = s
t = t + "d"
print(s)           // expect: abc
print(t)           // expect: abcd
