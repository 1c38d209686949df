while false
  x = 1
else   // expect error:
  print("no")
