// Break in a while inside a for leaves only the while.
for i in range(0, 3)
  n = 0
  while true
    n += 1
    if n >= i
      break
  echo(n)
print("")
// expect: 112
