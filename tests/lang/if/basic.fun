// If runs its block only when the condition holds.
x = 3
if x > 2
  print("big")
if x > 5
  print("huge")
print("end")
// expect: big
// expect: end
