// Range(start, end, step) stops before end.
for i in range(0, 10, 3)
  echo(i)
  echo(" ")
print("")
for i in range(5, 0, -2)
  echo(i)
  echo(" ")
print("")
for i in range(0, 5, -1)
  print("never")
// expect: 0 3 6 9 
// expect: 5 3 1 
