// A name starting with a keyword (elsewhere) after a block is a plain name.
if true
  x = 1
elsewhere = 5
print(elsewhere)   // expect: 5
try
  y = 1
catch e
  y = 2
catchy = 6
finally_ = 7
print(catchy + finally_)   // expect: 13
rangers = [1, 2]
for r in rangers
  print(r)
// expect: 1
// expect: 2
inside = 3
print(inside)      // expect: 3
