// CRLF line endings are accepted
x = 1
if x == 1
  print("crlf")  // expect: crlf
else
  print("no")
print(x + 1) // expect: 2
