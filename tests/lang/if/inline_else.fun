// D1: else attaches to an inline if
x = 2
if x == 1 print("one")
else print("not one")
if x == 2 print("two")
else print("not two")
// expect: not one
// expect: two
