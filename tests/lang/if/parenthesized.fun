// Parenthesized conditions, also joined with &&.
x = 4
if (x > 2)
  print("yes")    // expect: yes
if (x == 4) && (x != 5)
  print("both")   // expect: both
