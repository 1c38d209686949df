// Four nested block levels close back in the right order.
x = 0
while x < 2
  if x == 0
    for i in range(0, 2)
      if i == 1
        print("x0 i1")
  else
    print("x1")
  x += 1
print("done")
// expect: x0 i1
// expect: x1
// expect: done
