// An inline if followed by a block else.
x = 5
if x > 3 print("gt3")
else
  print("le3")
x = 1
if x > 3 print("gt3")
else
  print("le3")
// expect: gt3
// expect: le3
