// Comments inside multi-line Array and Map literals.
a = [1, // one
  2,    /* two */
  // a whole comment line

  3]
print(a)   // expect: [1, 2, 3]
m = {
  // first
  "x": 1, // trailing
  "y": 2
}
print(m)   // expect: {"x": 1, "y": 2}
if a   // comment after condition
  print("yes")   // expect: yes
else   // comment after else
  print("no")
